/**
 * The only cmdlets the Exchange and Security & Compliance admin APIs are ever asked to run: Get-*
 * reads, by name (a verb, a dash, a noun of letters and digits). InvokeCommand runs whatever cmdlet the
 * body names, Set-* and Remove-* included, so the name is checked before any request leaves.
 */
const READ_ONLY_CMDLET = /^Get-[A-Za-z][A-Za-z0-9]*$/;

/** The path of the InvokeCommand endpoint, the one POST of these APIs that the transport retries as a read. */
const INVOKE_COMMAND_PATH = /^\/adminapi\/beta\/[^/]+\/InvokeCommand$/;

export class WriteCmdletRefused extends Error {
  constructor(readonly cmdlet: string) {
    super(`Refused to run "${cmdlet}": tenant-audit runs only Get-* cmdlets (read-only)`);
    this.name = 'WriteCmdletRefused';
  }
}

export function assertReadOnlyCmdlet(cmdlet: string): void {
  if (!READ_ONLY_CMDLET.test(cmdlet)) throw new WriteCmdletRefused(cmdlet);
}

/** Whether a POST is an InvokeCommand of a Get-* cmdlet: only such a POST may be retried like a GET. */
export function isReadOnlyInvokeCommand(url: string, body: string): boolean {
  let path: string;
  let cmdlet: unknown;
  try {
    path = new URL(url).pathname;
    cmdlet = (JSON.parse(body) as { CmdletInput?: { CmdletName?: unknown } }).CmdletInput?.CmdletName;
  } catch {
    return false;
  }
  return INVOKE_COMMAND_PATH.test(path) && typeof cmdlet === 'string' && READ_ONLY_CMDLET.test(cmdlet);
}
