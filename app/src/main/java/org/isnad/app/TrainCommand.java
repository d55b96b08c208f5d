package org.isnad.app;

import picocli.CommandLine.Command;

/** {@code isnad train ner}: reproduces the shipped models. */
@Command(name = "train", description = "Train the shipped models.",
    subcommands = {org.isnad.app.eval.TrainNerCommand.class, org.isnad.app.eval.TrainClaimsCommand.class})
final class TrainCommand {}
