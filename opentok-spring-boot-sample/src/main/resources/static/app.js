'use strict';

const statusLine = document.getElementById('status');

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
	element.addEventListener('click', () => onClick().catch((error) => show(error.message, true)));
	return element;
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
		cell(row, room.sessionId.slice(0, 24) + '…');
		cell(row, room.mediaMode);
		const actions = cell(row, '');
		actions.appendChild(button('Token', () => mintToken(room.name)));
		actions.appendChild(button('Start archive', () => startArchive(room.name)));
		body.appendChild(row);
	}
}

// its session cannot be used with the sample's credentials; the next use makes a new one
function otherProject(room) {
	const note = document.createElement('small');
	note.className = 'other-project';
	note.textContent = ' belongs to ' + (room.projectId ? 'project ' + room.projectId : 'an unknown project')
		+ ', not ' + room.apiKey + ': its next use makes a new session';
	return note;
}

async function mintToken(name) {
	const token = await call('POST', '/rooms/' + encodeURIComponent(name) + '/tokens', { role: 'PUBLISHER' });
	document.getElementById('token-room').textContent = 'Publisher token for ' + name + ', expires ' + token.expiresAt;
	document.getElementById('token').value = token.token;
	show('Token minted for ' + name);
}

async function startArchive(name) {
	const archive = await call('POST', '/rooms/' + encodeURIComponent(name) + '/archives', { name: name });
	show('Archive ' + archive.id + ' started');
	await loadArchives();
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
		cell(row, archive.reportedStatus || '');
		const actions = cell(row, '');
		if (archive.status === 'STARTED') {
			actions.appendChild(button('Stop', async () => {
				await call('POST', '/archives/' + archive.id + '/stop');
				await loadArchives();
			}));
		}
		body.appendChild(row);
	}
}

document.getElementById('room-form').addEventListener('submit', async (event) => {
	event.preventDefault();
	const name = document.getElementById('room-name').value;
	try {
		await call('PUT', '/rooms/' + encodeURIComponent(name));
		show('Room ' + name + ' is ready');
		await loadRooms();
	}
	catch (error) {
		show(error.message, true);
	}
});
document.getElementById('refresh-archives').addEventListener('click',
	() => loadArchives().catch((error) => show(error.message, true)));

Promise.all([loadRooms(), loadArchives()])
	.then(() => show('Ready'))
	.catch((error) => show(error.message, true));
