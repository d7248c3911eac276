import { NODE_NAMES } from '../nodes/nodeNames.js';
import { type Migration, mapNodes, renameAttributes } from './migration.js';

/**
 * Version 0 is the pre-release draft of the model: prompts were `question` nodes whose wording sat in `text`,
 * and scales labelled their ends `lowLabel`/`highLabel`. No stored worksheet has this shape; the step exists so
 * the migration path is exercised from the first release on.
 */
export const v0ToV1: Migration = {
  from: 0,
  description: 'question node → prompt (text → question); scale lowLabel/highLabel → minLabel/maxLabel',
  migrate: (content) => {
    const renameScaleEnds = renameAttributes(NODE_NAMES.scale, {
      lowLabel: 'minLabel',
      highLabel: 'maxLabel',
    });
    const renamePromptWording = renameAttributes(NODE_NAMES.prompt, { text: 'question' });
    return mapNodes(content, (node) => {
      const renamed = node.type === 'question' ? { ...node, type: NODE_NAMES.prompt } : node;
      return renameScaleEnds(renamePromptWording(renamed));
    });
  },
};
