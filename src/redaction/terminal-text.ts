import { BIDI_CONTROLS } from './bidi-controls.js';

/**
 * Escape sequences, removed whole so their parameters do not linger as text: strings (OSC, DCS, SOS,
 * PM, APC, up to BEL or ST, as in `ESC ] 8 ; ; url BEL` hyperlinks and title changes), CSI sequences
 * (colours, cursor moves, screen clears; 7-bit `ESC [` or 8-bit 0x9B), and the other ESC sequences.
 */
const ESCAPE_SEQUENCES = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c)|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]/g;

/** C0 controls but tab and newline, DEL, and C1 controls (a lone ESC or CR included). */
const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text as it may reach a terminal: what an API said (error messages, names) can neither recolour,
 * move the cursor, retitle the window, hide text nor reorder it. Tabs and newlines are kept.
 */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
}
