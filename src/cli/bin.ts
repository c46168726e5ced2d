#!/usr/bin/env node
import { endQuietlyWhenStdoutCloses } from './closed-stdout.js';
import { main } from './main.js';

endQuietlyWhenStdoutCloses();
await main(process.argv);
