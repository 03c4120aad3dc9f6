import fc from 'fast-check';

/**
 * Property tests run with one seed, so a red run can be replayed and CI is not a lottery.
 * Set FC_SEED to explore other seeds (fast-check prints the seed and counterexample on failure).
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_202) });
