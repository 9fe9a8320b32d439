System.Console.WriteLine("Trygghet.Domain");
