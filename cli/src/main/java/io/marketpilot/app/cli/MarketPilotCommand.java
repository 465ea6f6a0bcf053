package io.marketpilot.app.cli;

import io.marketpilot.app.services.ServicesOpener;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; its subcommands are the product's CLI. */
@Command(
        name = "marketpilot",
        mixinStandardHelpOptions = true,
        version = "MarketPilot 0.1.0",
        description = "A self-hosted, LLM-powered marketing assistant.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ApiKeyCommand.class,
            CustomerCommand.class,
            SegmentCommand.class,
            AnalyzeCommand.class,
            SentimentCommand.class,
            EvalCommand.class,
            EmotionCommand.class,
            ClassifyCommand.class,
            ClassifierCommand.class,
            TopicsCommand.class,
            AspectsCommand.class,
            TrendsCommand.class,
            TrainCommand.class,
            AbTestCommand.class,
            ExperimentCommand.class,
            SampleSizeCommand.class,
            BanditCommand.class,
            SimulateCommand.class,
            ClvCommand.class,
            SendTimeCommand.class,
            ForecastCommand.class,
            RecommendCommand.class,
            LlmCommand.class,
            GenerateCommand.class,
            ContentCommand.class,
            BrandCommand.class,
            DemoDataCommand.class,
            KbCommand.class,
            AskCommand.class,
            ChatCommand.class,
            CampaignCommand.class,
            JourneyCommand.class,
            PlanCommand.class,
            ConsentCommand.class,
            SuppressionCommand.class,
            WebhookCommand.class,
            CommandLine.HelpCommand.class
        })
public final class MarketPilotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The configured command line, opening stores with the wiring's opener and with the commands that live in other
     * modules (benchmarks) added: every command takes {@code --help} and {@code --version}, the store options stand
     * before or after a subcommand, and failures are answered as {@link ErrorReporter} describes.
     */
    public static CommandLine commandLine(ServicesOpener opener, Object... moreCommands) {
        CommandLine cli = new CommandLine(new MarketPilotCommand(), new CliFactory(opener));
        for (Object command : moreCommands) {
            cli.addSubcommand(command);
        }
        HelpEverywhere.addTo(cli);
        StoreOptionsAnywhere.addTo(cli);
        cli.setExecutionStrategy(parsed -> {
            StoreOptionsAnywhere.handOver(parsed);
            FormatChoices.check(parsed);
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (Error e) {
                // picocli hands only Exceptions to the handler; an Error (a class missing from the jar, a stack
                // overflow) would leave main with a Java stack trace, so it goes to the handler as one
                List<CommandLine> commands = parsed.asCommandLineList();
                throw new CommandLine.ExecutionException(commands.getLast(), String.valueOf(e), e);
            }
        });
        ErrorReporter errors = new ErrorReporter();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }
}
