/**
 * Which Microsoft Secure Score controls speak to the same setting as our check. Only names seen in
 * Secure Score answers and control profiles in public usage (CIPP standards tags and remediation maps,
 * Secure Score export scripts); Microsoft documents the controlScore shape, not the list of names.
 * Microsoft's spelling is kept, "mdo_phisspamacation" included.
 */
export const SECURE_SCORE_CONTROLS: Readonly<Record<string, readonly string[]>> = {
  'm365-exo-malware-click-to-run-blocked': ['mdo_commonattachmentsfilter'],
  'm365-exo-malware-zap-enabled': ['mdo_zapmalware'],
  'm365-exo-spam-not-delivered-to-inbox': ['mdo_spamaction', 'mdo_highconfidencespamaction', 'mdo_phisspamacation', 'mdo_highconfidencephishaction'],
  'm365-exo-spam-no-allowed-domains': ['mdo_allowedsenderscombined'],
  'm365-exo-outbound-spam-auto-forward': ['mdo_autoforwardingmode'],
  'm365-exo-transport-rules-no-domain-bypass': ['exo_transportrulesallowlistdomains'],
  'm365-exo-mailbox-auditing': ['exo_mailboxaudit'],
  'm365-exo-mailtips-external': ['exo_mailtipsenabled'],
  'm365-exo-owa-storage-providers': ['exo_storageproviderrestricted'],
  'm365-exo-customer-lockbox': ['CustomerLockBoxEnabled'],
  'm365-data-unified-audit-log': ['mip_search_auditlog'],
};
