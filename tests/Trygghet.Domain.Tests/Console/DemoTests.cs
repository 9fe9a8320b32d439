using System.Text.Json;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

public sealed class DemoTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Demo_NoArguments_MentionsEverySeedDocumentAndExitsZero(string lang)
    {
        var (code, output, error) = lang == "sv" ? Run() : Run("--lang", lang);
        var text = Flat(output);

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        foreach (var seed in SeedCatalogue.Documents)
        {
            Assert.Contains($"[{seed.Name}]", output, StringComparison.Ordinal);
            Assert.Contains(Flat(seed.Document.Title), text, StringComparison.Ordinal);
        }
    }

    /// <summary>Text with every run of white space as one space (the demo wraps long titles).</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Demo_Swedish_ShowsFindingsBySeverityAndTheSafetyCommitteeChain()
    {
        var (_, output, _) = Run();

        Assert.Contains("Varningar (", output, StringComparison.Ordinal);
        Assert.Contains("Fristkedja: sammanträde 2020-11-20 (fredag), utskott", output, StringComparison.Ordinal);
        Assert.Contains("slutar 2020-12-16", output, StringComparison.Ordinal);
        Assert.Contains("från 2020-12-17", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_EveryLine_FitsAHundredColumnTerminal()
    {
        var lines = Run().Out.Split('\n').Concat(Run("--lang", "en").Out.Split('\n'));

        // a single unbreakable word (a long JSON path) may overflow; everything else wraps
        Assert.All(lines.Where(l => l.TrimEnd('\r').Contains(' ', StringComparison.Ordinal) && !l.Contains('@', StringComparison.Ordinal)),
            l => Assert.True(l.TrimEnd('\r').Length <= 100, l));
    }

    [Fact]
    public void Demo_Json_IsOneObjectPerSeedDocument()
    {
        var (code, json, _) = RunJson();

        Assert.Equal(ConsoleApp.Ok, code);
        var items = json.EnumerateArray().ToList();
        Assert.Equal(SeedCatalogue.Documents.Length, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var seed = SeedCatalogue.Documents[i];
            Assert.Equal(["document", "kind", "asOf", "findings"], Keys(items[i]));
            Assert.Equal(seed.Name, items[i].GetProperty("document").GetString());
            Assert.Equal(TrygghetJson.KindName(seed.Document.Kind), items[i].GetProperty("kind").GetString());
            Assert.Equal(seed.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), items[i].GetProperty("asOf").GetString());
            Assert.Equal(JsonValueKind.Array, items[i].GetProperty("findings").ValueKind);
        }
    }

    [Fact]
    public void Demo_UnknownOption_ExitsTwo() =>
        Assert.Contains("--meeting", AssertBadInput("--meeting", "2020-11-20"), StringComparison.Ordinal);
}
