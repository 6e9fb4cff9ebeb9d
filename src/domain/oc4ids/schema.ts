import { z } from 'zod';

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

export const valueSchema = z.looseObject({
  amount: z.number().nullish(),
  currency: z.string().nullish(),
});

export const periodSchema = z.looseObject({
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  durationInDays: z.number().nullish(),
});

const orgRefSchema = z.looseObject({ id: z.union([z.string(), z.number()]).nullish(), name: text.nullish() });

const classificationSchema = z.looseObject({
  scheme: text.nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
  description: text.nullish(),
});

const observationSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  period: periodSchema.nullish(),
  value: valueSchema.nullish(),
  measure: z.union([z.string(), z.number()]).nullish(),
});

export const metricSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  title: text.nullish(),
  observations: z.array(observationSchema).nullish(),
});

export const documentSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  documentType: text.nullish(),
  title: text.nullish(),
  description: text.nullish(),
  url: text.nullish(),
  datePublished: isoDate.nullish(),
});

const modificationSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  date: isoDate.nullish(),
  description: text.nullish(),
  rationale: text.nullish(),
  type: text.nullish(),
  oldContractValue: valueSchema.nullish(),
  newContractValue: valueSchema.nullish(),
  oldContractPeriod: periodSchema.nullish(),
  newContractPeriod: periodSchema.nullish(),
});

export const contractingSummarySchema = z.looseObject({
  ocid: text.nullish(),
  externalReference: text.nullish(),
  nature: z.array(text).nullish(),
  title: text.nullish(),
  status: text.nullish(),
  tender: z
    .looseObject({
      procurementMethod: text.nullish(),
      procurementMethodDetails: text.nullish(),
      costEstimate: valueSchema.nullish(),
      numberOfTenderers: z.number().nullish(),
      datePublished: isoDate.nullish(),
    })
    .nullish(),
  suppliers: z.array(orgRefSchema).nullish(),
  contractValue: valueSchema.nullish(),
  contractPeriod: periodSchema.nullish(),
  finalValue: valueSchema.nullish(),
  documents: z.array(documentSchema).nullish(),
  modifications: z.array(modificationSchema).nullish(),
});

const contractingProcessSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  summary: contractingSummarySchema.nullish(),
});

export const locationSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  description: text.nullish(),
  // Geometry is checked by the mapping, so that a bad shape flags the location, not the project.
  geometry: z.unknown().optional(),
  gazetteer: z.looseObject({ scheme: text.nullish(), identifiers: z.array(text).nullish() }).nullish(),
  address: z
    .looseObject({
      streetAddress: text.nullish(),
      locality: text.nullish(),
      region: text.nullish(),
    })
    .nullish(),
});

const budgetBreakdownSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  description: text.nullish(),
  amount: valueSchema.nullish(),
  sourceParty: orgRefSchema.nullish(),
});

export const budgetSchema = z.looseObject({
  amount: valueSchema.nullish(),
  budgetBreakdowns: z
    .array(z.looseObject({ budgetBreakdown: z.array(budgetBreakdownSchema).nullish() }))
    .nullish(),
});

const partySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  name: text.nullish(),
  roles: z.array(text).nullish(),
});

export const projectSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  updated: isoDate.nullish(),
  title: text.nullish(),
  description: text.nullish(),
  status: text.nullish(),
  type: text.nullish(),
  sector: z.array(text).nullish(),
  additionalClassifications: z.array(classificationSchema).nullish(),
  budget: budgetSchema.nullish(),
  locations: z.array(locationSchema).nullish(),
  parties: z.array(partySchema).nullish(),
  forecasts: z.array(metricSchema).nullish(),
  metrics: z.array(metricSchema).nullish(),
  documents: z.array(documentSchema).nullish(),
  contractingProcesses: z.array(contractingProcessSchema).nullish(),
  x_volume: z
    .looseObject({ lengthM: z.number().nullish(), widthM: z.number().nullish(), description: text.nullish() })
    .nullish(),
});

/** The package envelope; projects are validated one by one so one bad project loses nothing else. */
export const packageSchema = z.looseObject({
  version: text.nullish(),
  uri: text.nullish(),
  publishedDate: isoDate.nullish(),
  publisher: z.looseObject({ name: text.nullish() }).nullish(),
  license: text.nullish(),
  x_sample: z.boolean().nullish(),
  projects: z.array(z.unknown()),
});

export type Oc4idsProject = z.infer<typeof projectSchema>;
export type Oc4idsPackage = z.infer<typeof packageSchema>;
export type Oc4idsMetric = z.infer<typeof metricSchema>;
export type Oc4idsSummary = z.infer<typeof contractingSummarySchema>;
export type Oc4idsLocation = z.infer<typeof locationSchema>;
