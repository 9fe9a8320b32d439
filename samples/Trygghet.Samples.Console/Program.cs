return Trygghet.Samples.Console.ConsoleApp.Run(args, System.Console.Out, System.Console.Error);
