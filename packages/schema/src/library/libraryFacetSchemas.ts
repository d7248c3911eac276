import { z } from 'zod';
import {
  LIBRARY_TOPICS,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
} from './libraryFacets.js';

export const therapyApproachSchema = z.enum(
  Object.keys(THERAPY_APPROACHES) as [TherapyApproach, ...TherapyApproach[]],
);

export const libraryTopicSchema = z.enum(Object.keys(LIBRARY_TOPICS) as [LibraryTopic, ...LibraryTopic[]]);
