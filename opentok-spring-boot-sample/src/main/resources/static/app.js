'use strict';

const statusLine = document.getElementById('status');
const roomName = document.getElementById('room-name');

// from GET /config; OpenTok.js is loaded only when there is a media server
let config = { mode: 'emulator', opentokJsUrl: null };
let openTokLoaded = null;
let current = null;

async function call(method, path, body) {
	const response = await fetch(path, {
		method,
		headers: body ? { 'Content-Type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined
	});
	const text = await response.text();
	const json = text ? JSON.parse(text) : null;
	if (!response.ok) {
		throw new Error((json && (json.detail || json.title)) || response.statusText);
	}
	return json;
}

function show(message, isError) {
	statusLine.textContent = message;
	statusLine.className = isError ? 'error' : '';
}

function reportError(error) {
	if (error) {
		show(error.message, true);
	}
}

function cell(row, text) {
	const td = document.createElement('td');
	td.textContent = text;
	row.appendChild(td);
	return td;
}

function button(label, onClick) {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', () => onClick().catch(reportError));
	return element;
}

function videoWorks() {
	return config.mode !== 'emulator';
}

async function loadConfig() {
	config = await call('GET', '/config');
	document.getElementById('video-notice').hidden = videoWorks();
	if (videoWorks()) {
		loadOpenTok().catch(reportError);
	}
}

// a script tag, as OpenTok's own samples load it
function loadOpenTok() {
	if (!openTokLoaded) {
		openTokLoaded = new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = config.opentokJsUrl;
			script.onload = resolve;
			script.onerror = () => reject(new Error('OpenTok.js did not load from ' + config.opentokJsUrl));
			document.head.appendChild(script);
		});
	}
	return openTokLoaded;
}

async function loadRooms() {
	const rooms = await call('GET', '/rooms');
	const body = document.getElementById('rooms');
	body.replaceChildren();
	for (const room of rooms) {
		const row = document.createElement('tr');
		row.dataset.room = room.name;
		const name = cell(row, room.name);
		if (!room.currentProject) {
			name.appendChild(otherProject(room));
		}
		cell(row, '').appendChild(sessionId(room.sessionId));
		cell(row, room.mediaMode);
		const actions = cell(row, '');
		if (videoWorks()) {
			actions.appendChild(button('Join', () => joinRoom(room.name)));
		}
		actions.appendChild(button('Token', () => mintToken(room.name)));
		actions.appendChild(button('Start archive', () => startArchive(room.name)));
		body.appendChild(row);
	}
}

// session ids of one project share their beginning: the end tells them apart
function sessionId(id) {
	const code = document.createElement('code');
	code.className = 'session-id';
	code.title = id;
	code.textContent = (id.length > 16 ? '…' : '') + id.slice(-16);
	return code;
}

// its session cannot be used with the sample's credentials; the next use makes a new one
function otherProject(room) {
	const note = document.createElement('small');
	note.className = 'other-project';
	note.textContent = ' belongs to ' + (room.projectId ? 'project ' + room.projectId : 'an unknown project')
		+ ', not ' + room.apiKey + ': its next use makes a new session';
	return note;
}

// the room of the current project, created if need be
function openRoom(name) {
	return call('PUT', '/rooms/' + encodeURIComponent(name));
}

function newToken(name) {
	return call('POST', '/rooms/' + encodeURIComponent(name) + '/tokens', { role: 'PUBLISHER' });
}

async function mintToken(name) {
	const token = await newToken(name);
	document.getElementById('token-room').textContent = 'Publisher token for ' + name + ', expires ' + token.expiresAt;
	document.getElementById('token').value = token.token;
	show('Token minted for ' + name);
}

// publishes the camera and microphone, and subscribes to everyone else's streams
async function joinRoom(name) {
	leaveRoom();
	const room = await openRoom(name);
	const token = await newToken(name);
	await loadOpenTok();
	const session = OT.initSession(room.apiKey, room.sessionId);
	const videoOptions = { insertMode: 'append', width: '100%', height: '100%' };
	session.on('streamCreated', (event) => session.subscribe(event.stream, 'subscribers', videoOptions, reportError));
	const publisher = OT.initPublisher('publisher', videoOptions, reportError);
	current = { name, session, publisher };
	document.getElementById('room-view-name').textContent = name;
	document.getElementById('room-view').hidden = false;
	show('Joining ' + name + '…');
	await new Promise((resolve, reject) => session.connect(token.token, (error) => (error ? reject(error) : resolve())));
	session.publish(publisher, reportError);
	show('In room ' + name + ': your camera and microphone are on');
}

function leaveRoom() {
	if (!current) {
		return;
	}
	current.session.disconnect();
	current.publisher.destroy();
	document.getElementById('subscribers').replaceChildren();
	document.getElementById('room-view').hidden = true;
	show('Left ' + current.name);
	current = null;
}

async function startArchive(name) {
	const archive = await call('POST', '/rooms/' + encodeURIComponent(name) + '/archives', { name: name });
	show('Archive ' + archive.id + ' started');
	await loadArchives();
}

async function stopArchive(id) {
	await call('POST', '/archives/' + id + '/stop');
	show('Archive ' + id + ' stopped');
	await loadArchives();
}

// a webhook report only while it agrees with the status OpenTok gives now: one the
// archive has moved past (AVAILABLE of a DELETED archive) is history, not its status
function reported(archive) {
	if (!archive.reportedStatus || archive.reportedStatus !== archive.status) {
		return '';
	}
	return archive.reportedStatus + ' at ' + new Date(archive.reportedAt).toLocaleTimeString();
}

async function loadArchives() {
	const page = await call('GET', '/archives?page=0&size=50');
	const body = document.getElementById('archives');
	body.replaceChildren();
	for (const archive of page.items) {
		const row = document.createElement('tr');
		row.dataset.archive = archive.id;
		cell(row, archive.id);
		cell(row, archive.name || '');
		cell(row, archive.status);
		cell(row, reported(archive));
		const actions = cell(row, '');
		if (archive.status === 'STARTED') {
			actions.appendChild(button('Stop', () => stopArchive(archive.id)));
		}
		body.appendChild(row);
	}
}

roomName.addEventListener('invalid', () => show('Room names are 1 to 100 letters, digits, _ or -', true));
document.getElementById('room-form').addEventListener('submit', async (event) => {
	event.preventDefault();
	const name = roomName.value;
	try {
		await openRoom(name);
		show('Room ' + name + ' is ready');
		await loadRooms();
		if (videoWorks()) {
			await joinRoom(name);
		}
	}
	catch (error) {
		show(error.message, true);
	}
});
document.getElementById('leave').addEventListener('click', leaveRoom);
document.getElementById('refresh-archives').addEventListener('click', () => loadArchives().catch(reportError));

loadConfig()
	.then(() => Promise.all([loadRooms(), loadArchives()]))
	.then(() => show('Ready'))
	.catch(reportError);
