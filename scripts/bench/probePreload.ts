// Loaded with `node --import` ahead of a server under test (the deployed
// dist/index.js, the echo bot, or either under tsx): installs the memory probe
// without changing the server's own code.
import { answerHeapProbe } from './heapProbe.js';

answerHeapProbe();
