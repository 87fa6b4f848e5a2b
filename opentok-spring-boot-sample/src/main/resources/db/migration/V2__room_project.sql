-- the OpenTok project (API key or Vonage application id) each room's session belongs to;
-- NULL for rooms stored before: their session id tells
ALTER TABLE room ADD COLUMN project_id VARCHAR(100);
