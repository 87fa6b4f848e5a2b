'use strict';

// Runs every operation of the official OpenTok Node SDK against the OpenTok emulator and
// prints a JSON summary on stdout. The emulator and the sessions its simulated clients
// joined are given in the environment (see README.md, "The emulator's fidelity"):
//   OT_API_URL, OT_API_KEY, OT_API_SECRET
//   OT_ROUTED_SESSION    routed, two clients connected, each publishing one stream
//   OT_CONNECTIONS       the two connection ids, comma-separated (the second one is disconnected)
//   OT_STREAMS           their two stream ids, comma-separated
//   OT_ALWAYS_SESSION    routed, archiveMode always, one client connected
//   OT_EMPTY_SESSION     routed, nobody connected
//   OT_RELAYED_SESSION   relayed, one client connected
// Exit status 0 when the summary was printed, whatever the operations' outcomes.

const { promisify } = require('util');
const OpenTok = require('opentok');
const sdkVersion = require('opentok/package.json').version;

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const apiKey = env('OT_API_KEY');
const opentok = new OpenTok(apiKey, env('OT_API_SECRET'), { apiUrl: env('OT_API_URL') });
const routed = env('OT_ROUTED_SESSION');
const [stayingConnection, leavingConnection] = env('OT_CONNECTIONS').split(',');
const [firstStream, secondStream] = env('OT_STREAMS').split(',');
const always = env('OT_ALWAYS_SESSION');
const empty = env('OT_EMPTY_SESSION');
const relayed = env('OT_RELAYED_SESSION');
const project = `/v2/project/${apiKey}`;

const summary = { sdk: `opentok@${sdkVersion}`, operations: [], refusals: [], tokens: [] };

const check = (condition, message) => {
  if (!condition) {
    throw new Error(`check failed: ${message}`);
  }
};

const equal = (actual, expected, what) => check(actual === expected,
  `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);

// calls a callback-style method of the SDK
const call = (method, ...args) => promisify(method).apply(opentok, args);

const operation = async (name, run) => {
  try {
    const detail = await run();
    summary.operations.push({ name, ok: true, detail: detail === undefined ? null : detail });
    return detail;
  } catch (error) {
    summary.operations.push({ name, ok: false, error: String(error && (error.stack || error)) });
    return undefined;
  }
};

// a call the real service refuses: it must fail; the JUnit test checks the status the
// emulator answered the request (method, path) sent at or after startedAt
const refusal = async (name, status, method, path, run) => {
  const startedAt = Date.now();
  let error = null;
  try {
    await run();
  } catch (failure) {
    error = String(failure && (failure.message || failure));
  }
  summary.refusals.push({ name, status, method, path, startedAt, ok: error !== null, error });
};

const token = (name, sessionId, value) => {
  summary.tokens.push({ name, sessionId, token: value });
  return value;
};

async function sessionsAndTokens() {
  await operation('createSession relayed', async () => {
    const session = await call(opentok.createSession, {});
    check(/^[12]_/.test(session.sessionId), `session id ${session.sessionId}`);
    token('session.generateToken', session.sessionId, session.generateToken({ role: 'subscriber' }));
    return { sessionId: session.sessionId };
  });
  await operation('createSession routed with location', async () => {
    const session = await call(opentok.createSession,
      { mediaMode: 'routed', archiveMode: 'manual', location: '12.34.56.78' });
    equal(session.mediaMode, 'routed', 'mediaMode');
    return { sessionId: session.sessionId };
  });
  await operation('createSession always archived', async () => {
    const session = await call(opentok.createSession, { mediaMode: 'routed', archiveMode: 'always' });
    equal(session.archiveMode, 'always', 'archiveMode');
    return { sessionId: session.sessionId };
  });
  await operation('createSession end-to-end encrypted', async () => {
    const session = await call(opentok.createSession, { mediaMode: 'routed', e2ee: true });
    return { sessionId: session.sessionId };
  });
  await operation('generateToken', async () => {
    token('generateToken default', routed, opentok.generateToken(routed));
    token('generateToken moderator', routed, opentok.generateToken(routed, {
      role: 'moderator',
      expireTime: Math.floor(Date.now() / 1000) + 3600,
      data: 'name=Alice & Bob',
      initialLayoutClassList: ['focus', 'full'],
    }));
    token('generateToken legacy T1', routed, opentok.generateToken(routed, { role: 'publisher' }, true));
  });
}

async function restJwt() {
  // generateJwt is the REST auth JWT the SDK signs each request with, for calls it lacks
  await operation('generateJwt', async () => {
    const response = await fetch(`${env('OT_API_URL')}${project}/archive?count=1`,
      { headers: { 'X-OPENTOK-AUTH': opentok.generateJwt(), Accept: 'application/json' } });
    equal(response.status, 200, 'status');
    check(typeof (await response.json()).count === 'number', 'an archive list');
  });
}

async function archives() {
  const started = await operation('startArchive', async () => {
    const archive = await call(opentok.startArchive, routed, {
      name: 'Node composed',
      resolution: '1280x720',
      layout: { type: 'bestFit', screenshareType: 'pip' },
      multiArchiveTag: 'node-composed',
    });
    equal(archive.status, 'started', 'status');
    equal(archive.sessionId, routed, 'sessionId');
    equal(archive.name, 'Node composed', 'name');
    equal(archive.resolution, '1280x720', 'resolution');
    equal(archive.outputMode, 'composed', 'outputMode');
    return { id: archive.id, createdAt: archive.createdAt };
  });
  const manual = await operation('startArchive individual manual', async () => {
    const archive = await call(opentok.startArchive, routed, {
      outputMode: 'individual', streamMode: 'manual', hasVideo: false, multiArchiveTag: 'node-individual',
    });
    equal(archive.outputMode, 'individual', 'outputMode');
    equal(archive.streamMode, 'manual', 'streamMode');
    equal(archive.hasVideo, false, 'hasVideo');
    return { id: archive.id };
  });
  await operation('startArchive tagged on an always archived session', async () => {
    const archive = await call(opentok.startArchive, always, { multiArchiveTag: 'node-extra' });
    equal(archive.status, 'started', 'status');
    await call(opentok.stopArchive, archive.id);
    return { id: archive.id };
  });
  const id = started && started.id;
  const manualId = manual && manual.id;
  await operation('getArchive', async () => {
    const archive = await call(opentok.getArchive, id);
    equal(archive.id, id, 'id');
    equal(archive.status, 'started', 'status');
  });
  await operation('listArchives', async () => {
    const [items, total] = await new Promise((resolve, reject) => opentok.listArchives((error, list, count) =>
      (error ? reject(error) : resolve([list, count]))));
    check(total >= 2, `total ${total}`);
    check(items.some((archive) => archive.id === id), 'the started archive is listed');
  });
  await operation('listArchives by session with offset and count', async () => {
    const [items, total] = await new Promise((resolve, reject) => opentok.listArchives(
      { sessionId: routed, offset: 1, count: 1 },
      (error, list, count) => (error ? reject(error) : resolve([list, count]))));
    equal(total, 2, 'total');
    equal(items.length, 1, 'page length');
    equal(items[0].id, id, 'the older archive');
  });
  await operation('setArchiveLayout', async () => {
    await call(opentok.setArchiveLayout, id, 'custom', 'stream { position: absolute; }');
    await call(opentok.setArchiveLayout, id, 'bestFit', null, 'verticalPresentation');
  });
  await operation('addArchiveStream', () => call(opentok.addArchiveStream, manualId, firstStream,
    { hasAudio: true, hasVideo: false }));
  await operation('removeArchiveStream', () => call(opentok.removeArchiveStream, manualId, firstStream));
  await operation('stopArchive', async () => {
    const archive = await call(opentok.stopArchive, id);
    equal(archive.status, 'stopped', 'status');
  });
  await operation('archive.stop', async () => {
    const archive = await call(opentok.getArchive, manualId);
    const stopped = await promisify(archive.stop)();
    equal(stopped.status, 'stopped', 'status');
  });
  await operation('deleteArchive', async () => {
    const archive = await waitForArchive(id, 'available');
    check(archive.url.startsWith(env('OT_API_URL')), `url ${archive.url}`);
    await call(opentok.deleteArchive, id);
    equal((await call(opentok.getArchive, id)).status, 'deleted', 'status after delete');
  });
  await operation('archive.delete', async () => {
    const archive = await waitForArchive(manualId, 'available');
    await promisify(archive.delete)();
    equal((await call(opentok.getArchive, manualId)).status, 'deleted', 'status after delete');
  });
}

async function waitForArchive(id, status) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const archive = await call(opentok.getArchive, id);
    if (archive.status === status) {
      return archive;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`archive ${id} never became ${status}`);
}

async function broadcasts() {
  const started = await operation('startBroadcast', async () => {
    const broadcast = await call(opentok.startBroadcast, routed, {
      outputs: {
        hls: { lowLatency: true },
        rtmp: [{ id: 'yt', serverUrl: 'rtmps://live.example.com/app', streamName: 'key-123' }],
      },
      layout: { type: 'pip' },
      maxDuration: 5400,
      resolution: '1280x720',
      multiBroadcastTag: 'node-broadcast',
    });
    equal(broadcast.sessionId, routed, 'sessionId');
    equal(broadcast.status, 'started', 'status');
    equal(broadcast.resolution, '1280x720', 'resolution');
    check(broadcast.broadcastUrls.hls.endsWith('.m3u8'), `hls ${broadcast.broadcastUrls.hls}`);
    equal(broadcast.broadcastUrls.rtmp[0].id, 'yt', 'rtmp id');
    return { id: broadcast.id };
  });
  const manual = await operation('startBroadcast manual streams', async () => {
    const broadcast = await call(opentok.startBroadcast, routed,
      { outputs: { hls: {} }, streamMode: 'manual', multiBroadcastTag: 'node-manual' });
    equal(broadcast.streamMode, 'manual', 'streamMode');
    return { id: broadcast.id };
  });
  const id = started && started.id;
  const manualId = manual && manual.id;
  await operation('getBroadcast', async () => equal((await call(opentok.getBroadcast, id)).id, id, 'id'));
  await operation('listBroadcasts', async () => {
    const [items, total] = await new Promise((resolve, reject) => opentok.listBroadcasts({ sessionId: routed },
      (error, list, count) => (error ? reject(error) : resolve([list, count]))));
    equal(total, 2, 'total');
    check(items.some((broadcast) => broadcast.id === id), 'the broadcast is listed');
  });
  await operation('setBroadcastLayout', async () => {
    await call(opentok.setBroadcastLayout, id, 'horizontalPresentation');
    await call(opentok.setBroadcastLayout, id, 'bestFit', null, 'pip');
  });
  await operation('addBroadcastStream', () => call(opentok.addBroadcastStream, manualId, secondStream,
    { hasAudio: true, hasVideo: true }));
  await operation('removeBroadcastStream', () => call(opentok.removeBroadcastStream, manualId, secondStream));
  await operation('stopBroadcast', async () => equal((await call(opentok.stopBroadcast, id)).status, 'stopped',
    'status'));
  await operation('broadcast.stop', async () => {
    const broadcast = await call(opentok.getBroadcast, manualId);
    equal((await promisify(broadcast.stop)()).status, 'stopped', 'status');
  });
}

async function streamsSignalsAndModeration() {
  // opentok 2.23.2 hands getStream's parsed body to new Stream(), which parses it again: it
  // fails on every application/json answer, and the service answers JSON (fact sheet 1.6,
  // 2.4a). The answer itself is checked through listStreams, which parses the same object.
  await operation('getStream', async () => {
    const failure = await call(opentok.getStream, routed, firstStream).then(() => null, (error) => error);
    check(failure instanceof SyntaxError, `the SDK's known parse failure, got ${failure}`);
    const stream = await streamOf(firstStream);
    equal(stream.id, firstStream, 'id');
    equal(stream.videoType, 'camera', 'videoType');
    return { sdkDefect: 'getStream parses the already parsed JSON body again' };
  });
  await operation('listStreams', async () => {
    const streams = await call(opentok.listStreams, routed);
    equal(streams.length, 2, 'count');
  });
  await operation('setStreamClassLists', async () => {
    await call(opentok.setStreamClassLists, routed,
      [{ id: firstStream, layoutClassList: ['full', 'focus'] }, { id: secondStream, layoutClassList: [] }]);
    const stream = await streamOf(firstStream);
    equal(stream.layoutClassList.join(' '), 'full focus', 'layoutClassList');
  });
  await operation('signal session', () => call(opentok.signal, routed, null, { type: 'chat', data: 'hello all' }));
  await operation('signal connection', () => call(opentok.signal, routed, stayingConnection,
    { type: 'chat', data: 'hello you' }));
  await operation('forceMuteStream', () => call(opentok.forceMuteStream, routed, firstStream));
  await operation('forceMuteAll', () => call(opentok.forceMuteAll, routed, { excludedStreamIds: [secondStream] }));
  await operation('disableForceMute', () => call(opentok.disableForceMute, routed));
  await operation('forceDisconnect', () => call(opentok.forceDisconnect, routed, leavingConnection));
}

async function streamOf(streamId) {
  const stream = (await call(opentok.listStreams, routed)).find((listed) => listed.id === streamId);
  check(stream, `stream ${streamId} is listed`);
  return stream;
}

async function sipAudioCaptionsAndRenders() {
  const dialed = await operation('dial', async () => {
    const sip = await call(opentok.dial, routed, opentok.generateToken(routed, { data: 'sip=true' }),
      'sip:+15550100@sip.example.com;transport=tls', {
        headers: { 'X-Account': '42' },
        auth: { username: 'bob', password: 'pa55' },
        secure: true,
        from: '15550199@example.com',
        observeForceMute: true,
      });
    check(sip.id && sip.connectionId && sip.streamId, `call ${JSON.stringify(sip)}`);
    return { connectionId: sip.connectionId };
  });
  await operation('playDTMF session', () => call(opentok.playDTMF, routed, null, '1p2#'));
  await operation('playDTMF connection', () => call(opentok.playDTMF, routed, dialed && dialed.connectionId, '*9'));
  await operation('websocketConnect', async () => {
    const connection = await call(opentok.websocketConnect, routed, opentok.generateToken(routed),
      'wss://audio.example.com/ws', { streams: [firstStream], headers: { 'X-Call': 'abc' }, audioRate: 16000 });
    check(connection.id && connection.connectionId, `connection ${JSON.stringify(connection)}`);
  });
  const captions = await operation('startCaptions', async () => {
    const captionsId = await call(opentok.startCaptions, routed,
      opentok.generateToken(routed, { role: 'moderator' }), { languageCode: 'en-US', partialCaptions: false });
    check(typeof captionsId === 'string' && captionsId.length > 0, `captionsId ${captionsId}`);
    return { captionsId };
  });
  await operation('stopCaptions', () => call(opentok.stopCaptions, captions && captions.captionsId));
  const render = await operation('startRender', async () => {
    const started = await call(opentok.startRender, {
      sessionId: routed,
      token: opentok.generateToken(routed),
      url: 'https://app.example.com/composer',
      maxDuration: 1800,
      resolution: '1280x720',
    });
    equal(started.sessionId, routed, 'sessionId');
    equal(started.status, 'starting', 'status');
    return { id: started.id };
  });
  const renderId = render && render.id;
  await operation('getRender', async () => equal((await call(opentok.getRender, renderId)).id, renderId, 'id'));
  await operation('listRenders', async () => {
    const list = await call(opentok.listRenders, { offset: 0, count: 10 });
    check(JSON.stringify(list).includes(renderId), `list ${JSON.stringify(list)}`);
  });
  await operation('stopRender', () => call(opentok.stopRender, renderId));
}

async function callbacks() {
  const registered = await operation('registerCallback', async () => {
    const callback = await call(opentok.registerCallback,
      { group: 'connection', event: 'created', url: 'https://app.example.com/opentok/events' });
    check(callback.id, 'callback id');
    equal(callback.group, 'connection', 'group');
    return { id: callback.id };
  });
  await operation('listCallbacks', async () => {
    const list = await call(opentok.listCallbacks, {});
    check(list.some((callback) => callback.id === registered.id), 'the callback is listed');
  });
  await operation('unregisterCallback', () => call(opentok.unregisterCallback, registered.id));
  // opentok 2.23.2's Callback.unregister calls exports.unregister, which callbacks.js does
  // not define: it throws before any request; unregisterCallback does the same job
  await operation('callback.unregister', async () => {
    const callback = await call(opentok.registerCallback,
      { group: 'stream', event: 'destroyed', url: 'https://app.example.com/opentok/events' });
    const failure = await promisify(callback.unregister)().then(() => null, (error) => error);
    check(failure instanceof TypeError, `the SDK's known failure, got ${failure}`);
    await call(opentok.unregisterCallback, callback.id);
    check(!(await call(opentok.listCallbacks, {})).some((listed) => listed.id === callback.id), 'unregistered');
    return { sdkDefect: 'Callback.unregister calls an undefined function' };
  });
}

async function refusals() {
  const unknown = '7c0680fc-0000-4000-8000-000000000001';
  await refusal('startArchive relayed', 409, 'POST', `${project}/archive`,
    () => call(opentok.startArchive, relayed, {}));
  await refusal('startArchive nobody connected', 404, 'POST', `${project}/archive`,
    () => call(opentok.startArchive, empty, {}));
  await refusal('startArchive untagged on always archived', 409, 'POST', `${project}/archive`,
    () => call(opentok.startArchive, always, {}));
  await refusal('getArchive unknown', 404, 'GET', `${project}/archive/${unknown}`,
    () => call(opentok.getArchive, unknown));
  await refusal('getStream unknown', 408, 'GET', `${project}/session/${routed}/stream/${unknown}`,
    () => call(opentok.getStream, routed, unknown));
  await refusal('forceMuteStream unknown', 408, 'POST', `${project}/session/${routed}/stream/${unknown}/mute`,
    () => call(opentok.forceMuteStream, routed, unknown));
  await refusal('forceDisconnect unknown', 404, 'DELETE', `${project}/session/${routed}/connection/${unknown}`,
    () => call(opentok.forceDisconnect, routed, unknown));
  await refusal('startBroadcast relayed', 409, 'POST', `${project}/broadcast`,
    () => call(opentok.startBroadcast, relayed, { outputs: { hls: {} } }));
  await refusal('dial relayed', 409, 'POST', `${project}/dial`,
    () => call(opentok.dial, relayed, opentok.generateToken(relayed), 'sip:+15550100@sip.example.com', {}));
  await refusal('getRender unknown', 404, 'GET', `${project}/render/${unknown}`,
    () => call(opentok.getRender, unknown));
  await refusal('wrong secret', 403, 'POST', '/session/create', () => {
    const wrong = new OpenTok(apiKey, '0'.repeat(40), { apiUrl: env('OT_API_URL') });
    return promisify(wrong.createSession).call(wrong, {});
  });
}

(async () => {
  await sessionsAndTokens();
  await restJwt();
  await archives();
  await broadcasts();
  await streamsSignalsAndModeration();
  await sipAudioCaptionsAndRenders();
  await callbacks();
  await refusals();
  process.stdout.write(`${JSON.stringify(summary)}\n`);
})().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(2);
});
