import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { loadCatalog } from '../../core/catalog.js';
import { defaultSleep } from '../../core/connector.js';
import { ConfigError } from '../../core/errors.js';
import { M365_CLOUD_NAMES } from '../../connectors/m365/clouds.js';
import type { Redactor } from '../../redaction/redactor.js';
import { registerTenantSecrets } from '../../runner/tenant-secrets.js';
import { signIn, type SignIn, type SignInFlags } from '../../discover/sign-in.js';
import { mergeTenantEntries, type DiscoveredTenant } from '../../discover/tenant-entries.js';
import { appendDiscovered } from '../../discover/write-discovered.js';
import { consoleReporter } from '../console-log.js';
import { addNetworkOptions, networkRuntime, type NetworkFlags } from '../network-options.js';
import { globalFlags } from '../options.js';

interface OutputFlags extends SignInFlags, NetworkFlags {
  out?: string;
  entryAuth?: string;
}

interface M365Flags extends OutputFlags {
  partnerTenant: string;
  cloud: (typeof M365_CLOUD_NAMES)[number];
  clientId?: string;
  certificateFile?: string;
  certificateEnv?: string;
  clientSecretEnv?: string;
  tokenEnv?: string;
  activeOnly?: boolean;
}

interface GwsFlags extends OutputFlags {
  reseller: boolean;
  admin?: string;
  keyFile?: string;
  keyEnv?: string;
  tokenEnv?: string;
  customerAdmin?: string;
}

function commonOptions(command: Command): Command {
  command
    .option('-c, --config <file>', 'tenants.yaml holding the credentials profile named by --credentials')
    .option('--credentials <profile>', 'sign in with this profile under credentials: of --config')
    .option('--entry-auth <profile>', 'the credentials profile each new entry names in auth: (default: --credentials)')
    .option('-o, --out <file>', 'tenants.yaml to add the customers to (created when missing; tenants already in it are kept as they are); default: print the entries');
  return addNetworkOptions(command);
}

function runtimeFor(sign: SignIn, flags: NetworkFlags, redactor: Redactor) {
  return { configDir: sign.configDir, env: process.env, sleep: defaultSleep, ...networkRuntime(flags), redactor };
}

/** Prints the entries, or adds them to --out; either way one summary line on stderr. */
async function deliver(discovered: DiscoveredTenant[], flags: OutputFlags, command: Command, redactor: Redactor, what: string): Promise<void> {
  const reporter = consoleReporter(globalFlags(command), redactor);
  if (!flags.out) {
    process.stdout.write(redactor(mergeTenantEntries(undefined, '(stdout)', discovered).text));
    reporter.line(`${discovered.length} ${what} listed`);
    return;
  }
  const out = resolve(flags.out);
  const merged = await appendDiscovered(out, discovered, await loadCatalog());
  const kept = merged.present.length ? `; ${merged.present.length} already in it` : '';
  reporter.line(`${merged.added.length} ${what} added to ${out}${kept}`);
}

function registerM365(discover: Command, redactor: Redactor): void {
  const command = discover
    .command('m365')
    .description("list a Microsoft partner's customer tenants (Graph GDAP: delegatedAdminCustomers) as tenants.yaml entries")
    .requiredOption('--partner-tenant <id>', 'the partner tenant (GUID or initial domain) the app signs in to')
    .addOption(new Option('--cloud <name>', 'the cloud of the partner tenant').choices(M365_CLOUD_NAMES).default('global'))
    .option('--client-id <guid>', "the app's Application (client) ID, with a certificate or a secret")
    .option('--certificate-file <pem>', 'PEM with the private key and certificate')
    .option('--certificate-env <var>', 'environment variable holding that PEM')
    .option('--client-secret-env <var>', 'environment variable holding a client secret')
    .option('--token-env <var>', 'environment variable holding a Graph token for the partner tenant')
    .option('--active-only', "only customers with an active GDAP relationship (delegatedAdminRelationships, status eq 'active')");
  commonOptions(command)
    .addHelpText('after', `
Needs DelegatedAdminRelationship.Read.All (application) consented in the partner tenant. Each customer
becomes an entry { name, provider: m365, tenantId, auth: <--entry-auth> }; the app must also be consented
in each customer tenant (see "Many tenants (MSP)" in the README).

Examples:
  $ tenant-audit discover m365 --partner-tenant contoso-partner.onmicrosoft.com --config tenants.yaml --credentials msp-m365 --out tenants.yaml
  $ tenant-audit discover m365 --partner-tenant 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d --client-id 11111111-2222-4333-8444-555555555555 --certificate-file msp.pem --active-only --entry-auth msp-m365`)
    .action(async (flags: M365Flags, cmd: Command) => {
      const sign = await signIn('m365', flags, { tenantId: flags.partnerTenant, cloud: flags.cloud }, () => {
        if (flags.tokenEnv) return { type: 'token', tokenEnv: flags.tokenEnv };
        if (flags.certificateFile || flags.certificateEnv) return { type: 'certificate', clientId: flags.clientId, certificateFile: flags.certificateFile, certificateEnv: flags.certificateEnv };
        if (flags.clientSecretEnv) return { type: 'secret', clientId: flags.clientId, clientSecretEnv: flags.clientSecretEnv };
        throw new ConfigError('discover m365: sign in with --config and --credentials <profile>, --client-id with --certificate-file, --certificate-env or --client-secret-env, or --token-env', undefined, '--credentials');
      });
      const runtime = runtimeFor(sign, flags, redactor);
      await registerTenantSecrets(redactor, [sign.entry], runtime);
      const { readGdapCustomers } = await import('../../connectors/m365/gdap-customers.js');
      const customers = await readGdapCustomers(sign.entry as never, runtime, { activeOnly: flags.activeOnly });
      const auth = flags.entryAuth ?? flags.credentials;
      const cloud: Record<string, string> = flags.cloud === 'global' ? {} : { cloud: flags.cloud };
      const discovered = customers.map((customer): DiscoveredTenant => ({ provider: 'm365', label: customer.displayName, idField: 'tenantId', fields: { tenantId: customer.tenantId, ...cloud }, auth }));
      await deliver(discovered, flags, cmd, redactor, 'customer tenant(s)');
    });
}

function registerGws(discover: Command, redactor: Redactor): void {
  const command = discover
    .command('gws')
    .description("list a Google Workspace reseller's customers (Reseller API subscriptions.list, read-only scope) as tenants.yaml entries")
    .requiredOption('--reseller', 'read the customers of a Google Workspace reseller account')
    .option('--admin <email>', 'the reseller admin the service account impersonates (domain-wide delegation of apps.order.readonly)')
    .option('--key-file <json>', 'service account JSON key')
    .option('--key-env <var>', 'environment variable holding that JSON key')
    .option('--token-env <var>', 'environment variable holding an OAuth token of a reseller admin')
    .option('--customer-admin <local-part>', "each customer's super admin for the audit, as the part before @: entries get subject <local-part>@<customer domain>");
  commonOptions(command)
    .addHelpText('after', `
Needs https://www.googleapis.com/auth/apps.order.readonly; the Reseller API lists subscriptions, and each
customer (customerId, domain) becomes an entry { name, provider: gws, customerId, primaryDomain, auth }.

Examples:
  $ tenant-audit discover gws --reseller --config tenants.yaml --credentials msp-gws --admin reseller-admin@msp.example --customer-admin tenant-audit --out tenants.yaml
  $ tenant-audit discover gws --reseller --token-env RESELLER_TOKEN --entry-auth msp-gws`)
    .action(async (flags: GwsFlags, cmd: Command) => {
      const subject = flags.admin ? { subject: flags.admin } : {};
      const sign = await signIn(
        'gws',
        flags,
        {},
        () => {
          if (flags.tokenEnv) return { type: 'token', tokenEnv: flags.tokenEnv };
          if (flags.keyFile || flags.keyEnv) return { type: 'serviceAccount', keyFile: flags.keyFile, keyEnv: flags.keyEnv, ...subject };
          throw new ConfigError('discover gws: sign in with --config and --credentials <profile> (and --admin), --key-file or --key-env with --admin, or --token-env', undefined, '--credentials');
        },
        subject,
      );
      const runtime = runtimeFor(sign, flags, redactor);
      await registerTenantSecrets(redactor, [sign.entry], runtime);
      const { readResellerCustomers } = await import('../../connectors/gws/reseller-customers.js');
      const customers = await readResellerCustomers(sign.entry as never, runtime);
      const profile = flags.entryAuth ?? flags.credentials;
      const discovered = customers.map((customer): DiscoveredTenant => {
        const auth = profile && flags.customerAdmin ? { credentials: profile, subject: `${flags.customerAdmin}@${customer.customerDomain}` } : profile;
        return { provider: 'gws', label: customer.customerDomain, idField: 'customerId', fields: { customerId: customer.customerId, primaryDomain: customer.customerDomain }, auth };
      });
      await deliver(discovered, flags, cmd, redactor, 'customer(s)');
    });
}

/** `discover`: lists the customers of an MSP's partner (Microsoft) or reseller (Google) account as tenants.yaml entries. */
export function registerDiscoverCommand(program: Command, redactor: Redactor): void {
  const discover = program
    .command('discover')
    .description("list the customer tenants of a Microsoft partner (GDAP) or Google Workspace reseller as tenants.yaml entries (read-only)")
    .addHelpText('after', `
Examples:
  $ tenant-audit discover m365 --partner-tenant contoso-partner.onmicrosoft.com --config tenants.yaml --credentials msp-m365 --out tenants.yaml
  $ tenant-audit discover gws --reseller --config tenants.yaml --credentials msp-gws --admin reseller-admin@msp.example --customer-admin tenant-audit`);
  registerM365(discover, redactor);
  registerGws(discover, redactor);
}
