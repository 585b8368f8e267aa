// "What changed" and "what is still needed" as short lists: keys in the order the story names them.

export const CHANGED = ['police', 'committee', 'aftercare', 'laws', 'foreign'].map((id) => `graphic.changed.${id}`);

export const NEEDS = ['remote', 'undercover', 'evidence', 'survivors', 'deportation', 'budgets'].map((id) => `graphic.need.${id}`);
