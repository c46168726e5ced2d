import type { Provider } from '../core/model.js';

/** Which slot of a check's `references` cites a framework: `scuba`, `cis`, or a key of `other`. */
export type CitedAs = 'scuba' | 'cis' | { other: string };

export interface FrameworkInfo {
  /** Stable id used in outputs, e.g. "scuba-aad", "cis-m365". */
  id: string;
  /** Frameworks split over several files (SCuBA: one per baseline) share a family. */
  family: string;
  name: string;
  version: string;
  url: string;
  /** Where the ids, levels and versions were read. */
  source: string;
}

export interface FrameworkControl {
  id: string;
  /** Our short title; for controls no check cites yet, the section of the framework the control sits in. */
  title: string;
  /** SCuBA: the policy's key word. */
  strength?: 'SHALL' | 'SHOULD';
  /** CIS profile level. */
  level?: 'L1' | 'L2';
  /** CIS M365: the licence profile (E3 or E5). */
  licence?: 'E3' | 'E5';
  /** CIS: whether the benchmark marks the control automated or manual. */
  assessment?: 'automated' | 'manual';
  /** SBS risk level, Health Check risk group or Maester severity, as the source states it. */
  risk?: string;
  severity?: string;
  /** SCuBA's own mapping to NIST SP 800-53 Rev. 5 (FedRAMP High). */
  nist80053?: string[];
}

export interface FrameworkFile {
  framework: FrameworkInfo;
  controls: FrameworkControl[];
}

export interface Framework extends FrameworkFile {
  /** The folder under frameworks/: a provider, or "common" for frameworks every provider may cite. */
  scope: Provider | 'common';
  /** Path relative to the repository root. */
  file: string;
  citedAs: CitedAs;
}

/** One control a check cites, resolved against the framework files. */
export interface CitedControl {
  framework: FrameworkInfo;
  control: FrameworkControl;
}
