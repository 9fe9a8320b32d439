using Spectre.Console;
using Trygghet.Samples.Console;

// Tables and colour for a person at a terminal; plain text when redirected or when NO_COLOR is set.
var terminal = ConsoleApp.TerminalFor(System.Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), AnsiConsole.Console);
return ConsoleApp.Run(args, System.Console.Out, System.Console.Error, terminal: terminal);
