using System.Text.RegularExpressions;
using Trygghet.Domain.Procedure.Rules;

namespace Trygghet.Domain.Tests.Procedure.Rules;

public sealed partial class ProcedureRulesTests
{
    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[A-Z0-9-]+$")]
    private static partial Regex IdShape();

    private static string[] Placeholders(string template) => [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];

    [Fact]
    public void All_IdsAreUniqueAndWellFormed()
    {
        var ids = ProcedureRules.All.Select(r => r.Metadata.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdShape(), id));
    }

    [Fact]
    public void All_CiteKommunallagen2017InForceFrom2018()
    {
        Assert.All(ProcedureRules.All, r =>
        {
            Assert.StartsWith("Kommunallagen (2017:725) ", r.Metadata.Basis.Citation.Swedish, StringComparison.Ordinal);
            Assert.StartsWith("Local Government Act (2017:725) ", r.Metadata.Basis.Citation.English, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2018, 1, 1), r.Metadata.Basis.InForceFrom);
            Assert.Null(r.Metadata.Basis.InForceTo);
        });
    }

    [Fact]
    public void All_SwedishAndEnglishMessagesShareThePlaceholders() =>
        Assert.All(ProcedureRules.All, r => Assert.Equal(Placeholders(r.Metadata.Message.Swedish), Placeholders(r.Metadata.Message.English)));
}
