import * as z from 'zod/mini';
import { inPlaceParser } from './in-place-check';

// Zod probes `new Function` once to choose a faster parser; our CSP forbids eval, and the probe's
// blocked attempt is reported as a violation. The plain parser is what runs under the CSP anyway.
z.config({ jitless: true });

/**
 * Zod schemas for the parts of OC4IDS 0.9 that PantauBangun reads. Every object is loose (unknown
 * fields are kept and ignored) and nearly every field optional, because any publisher's valid
 * package must load. Where the official schema is stricter we are tolerant, and the mapping decides.
 */
const text = z.string();
const isoDate = z.string();

const valueSchema = z.looseObject({
  amount: z.nullish(z.number()),
  currency: z.nullish(z.string()),
});

const periodSchema = z.looseObject({
  startDate: z.nullish(isoDate),
  endDate: z.nullish(isoDate),
  durationInDays: z.nullish(z.number()),
});

const orgRefSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(text),
});

const classificationSchema = z.looseObject({
  scheme: z.nullish(text),
  id: z.nullish(z.union([z.string(), z.number()])),
  description: z.nullish(text),
});

const observationSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  period: z.nullish(periodSchema),
  value: z.nullish(valueSchema),
  measure: z.nullish(z.union([z.string(), z.number()])),
});

export const metricSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  title: z.nullish(text),
  observations: z.nullish(z.array(observationSchema)),
});

const documentSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  documentType: z.nullish(text),
  title: z.nullish(text),
  description: z.nullish(text),
  url: z.nullish(text),
  datePublished: z.nullish(isoDate),
});

const modificationSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  date: z.nullish(isoDate),
  description: z.nullish(text),
  rationale: z.nullish(text),
  type: z.nullish(text),
  oldContractValue: z.nullish(valueSchema),
  newContractValue: z.nullish(valueSchema),
  oldContractPeriod: z.nullish(periodSchema),
  newContractPeriod: z.nullish(periodSchema),
});

export const contractingSummarySchema = z.looseObject({
  ocid: z.nullish(text),
  externalReference: z.nullish(text),
  nature: z.nullish(z.array(text)),
  title: z.nullish(text),
  status: z.nullish(text),
  tender: z.nullish(
    z.looseObject({
      procurementMethod: z.nullish(text),
      procurementMethodDetails: z.nullish(text),
      costEstimate: z.nullish(valueSchema),
      numberOfTenderers: z.nullish(z.number()),
      datePublished: z.nullish(isoDate),
    }),
  ),
  suppliers: z.nullish(z.array(orgRefSchema)),
  contractValue: z.nullish(valueSchema),
  contractPeriod: z.nullish(periodSchema),
  finalValue: z.nullish(valueSchema),
  documents: z.nullish(z.array(documentSchema)),
  modifications: z.nullish(z.array(modificationSchema)),
});

const contractingProcessSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  summary: z.nullish(contractingSummarySchema),
});

export const locationSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  description: z.nullish(text),
  // Geometry is checked by the mapping, so that a bad shape flags the location, not the project.
  geometry: z.optional(z.unknown()),
  gazetteer: z.nullish(z.looseObject({ scheme: z.nullish(text), identifiers: z.nullish(z.array(text)) })),
  address: z.nullish(
    z.looseObject({
      streetAddress: z.nullish(text),
      locality: z.nullish(text),
      region: z.nullish(text),
    }),
  ),
});

const budgetBreakdownSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  description: z.nullish(text),
  amount: z.nullish(valueSchema),
  sourceParty: z.nullish(orgRefSchema),
});

const budgetSchema = z.looseObject({
  amount: z.nullish(valueSchema),
  budgetBreakdowns: z.nullish(
    z.array(z.looseObject({ budgetBreakdown: z.nullish(z.array(budgetBreakdownSchema)) })),
  ),
});

const partySchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(text),
  roles: z.nullish(z.array(text)),
});

export const projectSchema = z.looseObject({
  id: z.pipe(
    z.union([z.string().check(z.minLength(1)), z.number()]),
    z.transform((id) => String(id)),
  ),
  updated: z.nullish(isoDate),
  title: z.nullish(text),
  description: z.nullish(text),
  status: z.nullish(text),
  type: z.nullish(text),
  sector: z.nullish(z.array(text)),
  additionalClassifications: z.nullish(z.array(classificationSchema)),
  budget: z.nullish(budgetSchema),
  locations: z.nullish(z.array(locationSchema)),
  parties: z.nullish(z.array(partySchema)),
  forecasts: z.nullish(z.array(metricSchema)),
  metrics: z.nullish(z.array(metricSchema)),
  documents: z.nullish(z.array(documentSchema)),
  contractingProcesses: z.nullish(z.array(contractingProcessSchema)),
  completion: z.nullish(
    z.looseObject({
      endDate: z.nullish(isoDate),
      finalValue: z.nullish(valueSchema),
    }),
  ),
  x_volume: z.nullish(
    z.looseObject({
      lengthM: z.nullish(z.number()),
      widthM: z.nullish(z.number()),
      description: z.nullish(text),
    }),
  ),
});

/** The package envelope; projects are validated one by one so one bad project loses nothing else. */
export const packageSchema = z.looseObject({
  version: z.nullish(text),
  uri: z.nullish(text),
  publishedDate: z.nullish(isoDate),
  publisher: z.nullish(z.looseObject({ name: z.nullish(text) })),
  license: z.nullish(text),
  x_sample: z.nullish(z.boolean()),
  projects: z.array(z.unknown()),
});

export type Oc4idsProject = z.infer<typeof projectSchema>;
export type Oc4idsPackage = z.infer<typeof packageSchema>;
export type Oc4idsMetric = z.infer<typeof metricSchema>;
export type Oc4idsSummary = z.infer<typeof contractingSummarySchema>;
export type Oc4idsLocation = z.infer<typeof locationSchema>;

/** The schemas' verdicts with the in-place fast path (in-place-check.ts): what the readers call. */
export const parsePackage = inPlaceParser(packageSchema);
export const parseProject = inPlaceParser(projectSchema);
