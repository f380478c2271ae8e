// Public API of the groups context (being built: organisations, groups, memberships).
export {};
