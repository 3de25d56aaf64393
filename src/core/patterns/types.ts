import type { Localized } from '../rules/types';
import type { TemplateBuilder } from './builder';

export type { Localized };

/** An on/off variant the seed describes ("with welcome email", "with DAX"). */
export interface ToggleOption {
  kind: 'toggle';
  key: string;
  title: Localized;
  description: Localized;
  default: boolean;
  /** A toggle that only makes sense when another toggle is on (DAX needs the API). */
  requires?: string;
}

/** One of several variants ("2 or 3 AZs", "Kinesis or SQS FIFO"). */
export interface ChoiceOption {
  kind: 'choice';
  key: string;
  title: Localized;
  description: Localized;
  default: string;
  choices: ReadonlyArray<{ value: string; title: Localized }>;
}

export type PatternOption = ToggleOption | ChoiceOption;

export type OptionValue = string | boolean;
export type OptionValues = Readonly<Record<string, OptionValue>>;

/**
 * A deployable architecture from the seeds. `build` writes it into a builder from
 * composable blocks; the same build yields the YAML and the JSON form.
 */
export interface PatternDefinition {
  id: string;
  /** A whole architecture (default), or a building block to add to a template. */
  kind?: 'pattern' | 'block';
  /** Recorded in the template's Metadata so the diagram can label it. */
  version: string;
  title: Localized;
  description: Localized;
  /** Seed documents the architecture comes from ('000' … '004'). */
  seeds: readonly string[];
  /** The seed's scenario in one or two sentences. */
  scenario: Localized;
  options: readonly PatternOption[];
  /** Search words for the wizard (service names, Korean terms). */
  keywords?: readonly string[];
  build(template: TemplateBuilder, options: OptionValues): void;
}
