using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Docs;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

/// <summary><c>--engine builtin|nrules</c>: the output is byte-identical across engines.</summary>
public sealed class EngineOptionTests
{
    public static TheoryData<string> SeedNames => SampleDocumentsTests.SeedNames;

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Validate_EverySampleDocument_SameOutputOnBothEngines(string name)
    {
        var path = Path.Combine(Snapshot.RepositoryRoot, SampleDocumentsTests.RelativePath(name));
        var asOf = SeedCatalogue.Documents.Single(d => d.Name == name).AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var format in new[] { "--lang", "--json" })
        {
            string[] args = format == "--json" ? ["validate", path, "--as-of", asOf, "--json"] : ["validate", path, "--as-of", asOf, "--lang", "en"];
            var builtIn = Run([.. args, "--engine", "builtin"]);
            var nrules = Run([.. args, "--engine", "nrules"]);

            Assert.Equal(Run(args), builtIn);
            Assert.Equal(builtIn, nrules);
            Assert.Equal(string.Empty, nrules.Err);
        }
    }

    [Theory]
    [InlineData("2020-11-20", null, null)]
    [InlineData("2020-11-20", "2020-12-10", null)]
    [InlineData("2020-11-20", "2020-11-25", "2020-12-01")]
    [InlineData("2017-06-01", "2017-06-05", "2017-06-06")]
    public void Deadlines_SameOutputOnBothEngines(string meeting, string? attested, string? posted)
    {
        string[] args = ["deadlines", "--meeting", meeting, .. attested is null ? [] : new[] { "--attested", attested }, .. posted is null ? [] : new[] { "--posted", posted }];

        var builtIn = Run([.. args, "--engine", "builtin"]);
        var nrules = Run([.. args, "--engine", "nrules"]);

        Assert.Equal(Run(args), builtIn);
        Assert.Equal(builtIn, nrules);
        Assert.Equal(RunJson([.. args, "--engine", "builtin"]).Json.ToString(), RunJson([.. args, "--engine", "nrules"]).Json.ToString());
    }

    [Fact]
    public void Validate_UnknownEngine_IsBadInputNamingTheOption()
    {
        var path = Path.Combine(Snapshot.RepositoryRoot, SampleDocumentsTests.RelativePath(SeedCatalogue.Documents[0].Name));

        var error = AssertBadInput("validate", path, "--engine", "drools");

        Assert.Contains("--engine", error, StringComparison.Ordinal);
    }
}
