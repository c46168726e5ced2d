import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletSpec, readSingleton } from '../exchange-collector.js';

const row = z.object({ SmtpClientAuthenticationDisabled: z.boolean() }).passthrough();

export default defineCollector({
  section: 'exoTransportConfig',
  spec: cmdletSpec(['Get-TransportConfig']),
  async collect({ services }) {
    const config = await readSingleton(services.exchange(), 'Get-TransportConfig', row);
    return { smtpClientAuthenticationDisabled: config.SmtpClientAuthenticationDisabled };
  },
});
