package org.isnad.app;

import picocli.CommandLine.Command;

/** {@code isnad eval ner|events|claims|residue|contradictions}: quality figures on held-out data. */
@Command(name = "eval", description = "Measure quality on held-out data.",
    subcommands = {org.isnad.app.eval.EvalNerCommand.class, org.isnad.app.eval.EvalEventsCommand.class,
        org.isnad.app.eval.EvalClaimsCommand.class, org.isnad.app.eval.EvalResidueCommand.class,
        org.isnad.app.eval.EvalContradictionsCommand.class})
final class EvalCommand {}
