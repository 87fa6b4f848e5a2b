'use strict';

// A stand-in for OpenTok.js in the sample's tests (never served by the sample itself):
// records in window.openTokCalls what the page asks of OpenTok.js, draws grey boxes for
// the videos, and once connected announces another participant's stream.
window.openTokCalls = [];

(function () {
	function record(call) {
		window.openTokCalls.push(call);
	}

	function video(target, label) {
		const element = document.createElement('div');
		element.className = 'stand-in-video';
		element.textContent = label;
		element.style.cssText = 'display:flex;align-items:center;justify-content:center;background:#555;color:#fff';
		document.getElementById(target).appendChild(element);
		return element;
	}

	function initSession(apiKey, sessionId) {
		record({ call: 'initSession', apiKey, sessionId });
		const handlers = {};
		function fire(type, event) {
			(handlers[type] || []).forEach((handler) => handler(event));
		}
		return {
			on(type, handler) {
				record({ call: 'on', type });
				(handlers[type] = handlers[type] || []).push(handler);
			},
			connect(token, callback) {
				record({ call: 'connect', token });
				setTimeout(() => {
					callback();
					setTimeout(() => fire('streamCreated', { stream: { streamId: 'stand-in-stream' } }), 0);
				}, 0);
			},
			publish(publisher, callback) {
				record({ call: 'publish', publisher: publisher.id });
				if (callback) {
					callback();
				}
			},
			subscribe(stream, target, properties, callback) {
				record({ call: 'subscribe', streamId: stream.streamId, target, insertMode: properties.insertMode });
				video(target, 'another participant (stand-in)');
				if (callback) {
					callback();
				}
				return {};
			},
			disconnect() {
				record({ call: 'disconnect' });
				fire('sessionDisconnected', {});
			}
		};
	}

	function initPublisher(target, properties, callback) {
		record({ call: 'initPublisher', target, insertMode: properties.insertMode });
		const element = video(target, 'your camera (stand-in)');
		element.style.height = '100%';
		if (callback) {
			callback();
		}
		return {
			id: 'stand-in-publisher',
			destroy() {
				record({ call: 'destroyPublisher' });
				element.remove();
			}
		};
	}

	window.OT = { initSession, initPublisher };
})();
