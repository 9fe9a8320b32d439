using System.Text.RegularExpressions;
using Trygghet.Domain.Procedure.Rules;
using Trygghet.Domain.Procedure;

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
        // one rule class per id, except the versions of one id under the earlier act (other in-force periods)
        var versions = ProtocolDocument.Descriptor.Rules.Select(r => (r.Metadata.Id, r.Metadata.Basis.InForceFrom)).ToArray();
        Assert.Equal(versions.Length, versions.Distinct().Count());
        Assert.All(versions, v => Assert.Matches(IdShape(), v.Id));
    }

    [Fact]
    public void All_CiteKommunallagen2017InForceFrom2018_OrThe1991ActUntil2017()
    {
        // the law's rules; an uppdrag's deadline is the document's own (PROT-UPPDRAG-FORSENAT)
        var law = ProtocolDocument.Descriptor.Rules.Where(r => r.Metadata.Basis.Kind == Trygghet.Domain.Rules.BasisKind.Law).ToArray();
        Assert.All(law.Where(r => r.Metadata.Basis.InForceTo is not null), r =>
        {
            Assert.StartsWith("Kommunallagen (1991:900) ", r.Metadata.Basis.Citation.Swedish, StringComparison.Ordinal);
            Assert.StartsWith("Local Government Act (1991:900) ", r.Metadata.Basis.Citation.English, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2017, 12, 31), r.Metadata.Basis.InForceTo);
            Assert.Contains(law, v => v.Metadata.Id == r.Metadata.Id && v.Metadata.Basis.InForceFrom == new DateOnly(2018, 1, 1));
        });
        Assert.All(law.Where(r => r.Metadata.Basis.InForceTo is null), r =>
        {
            Assert.StartsWith("Kommunallagen (2017:725) ", r.Metadata.Basis.Citation.Swedish, StringComparison.Ordinal);
            Assert.StartsWith("Local Government Act (2017:725) ", r.Metadata.Basis.Citation.English, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2018, 1, 1), r.Metadata.Basis.InForceFrom);
            Assert.Null(r.Metadata.Basis.InForceTo);
        });
    }

    [Fact]
    public void All_SwedishAndEnglishMessagesShareThePlaceholders() =>
        Assert.All(ProtocolDocument.Descriptor.Rules, r => Assert.Equal(Placeholders(r.Metadata.Message.Swedish), Placeholders(r.Metadata.Message.English)));
}
