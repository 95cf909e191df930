// Preloaded (`node --import`) into a build that must work offline: any network use throws.
import net from 'node:net';

const refuse = () => {
  throw new Error('network use during an offline build');
};
net.Socket.prototype.connect = refuse;
globalThis.fetch = async () => refuse();
