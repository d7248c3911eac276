/** The `data-*` key (`dataset` spelling) on a worksheet block view's outer element that holds its node id. */
export const BLOCK_ID_DATA_KEY = 'blockId';

/** Selects every worksheet block view's outer element. */
export const BLOCK_VIEW_SELECTOR = '[data-block-id]';
