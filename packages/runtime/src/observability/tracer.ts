import { Tracer } from '@aws-lambda-powertools/tracer';

/** Its own module: the X-Ray SDK behind it is ~110 KB, paid only by functions that trace. */
export const tracer = new Tracer();
