/** The deep-time demo: the element only; its data is events/cosmos.json. */
import '../src/define.js';
