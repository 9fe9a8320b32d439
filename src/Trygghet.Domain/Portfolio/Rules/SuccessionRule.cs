using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Portfolio.Rules;

/// <summary>
/// Avlösning (the succession of a portfolio's agreements): days between successive agreements that no agreement
/// covers, or days two agreements both cover (see <see cref="Coverage"/>). One finding per gap or overlap, at the
/// validity of the later agreement; one rule class, one instance each.
/// </summary>
internal sealed class SuccessionRule(string id, Func<PortfolioFact, IEnumerable<(int Index, (string, object?)[] Arguments)>> findings)
    : DeclaredRule(new() { Id = id, Basis = AgreementBases.Succession, Tags = ["portfolio", "agreement", "validity"] })
{
    /// <summary>PORTFOLJ-GLAPP: days between successive agreements that no agreement covers.</summary>
    public static SuccessionRule Gap { get; } = new(
        "PORTFOLJ-GLAPP",
        p => Coverage.Gaps(p.AgreementValidities.Items).Select(g => (g.AfterIndex, new (string, object?)[]
        {
            ("gap", g.Days.ToString()),
            ("days", g.Days.LengthInDays),
            ("before", p.AgreementCaseNumbers[g.BeforeIndex]),
            ("after", p.AgreementCaseNumbers[g.AfterIndex]),
        })));

    /// <summary>PORTFOLJ-OVERLAPP: two agreements are valid on the same days.</summary>
    public static SuccessionRule Overlap { get; } = new(
        "PORTFOLJ-OVERLAPP",
        p => Coverage.Overlaps(p.AgreementValidities.Items).Select(o => (o.SecondIndex, new (string, object?)[]
        {
            ("first", p.AgreementCaseNumbers[o.FirstIndex]),
            ("second", p.AgreementCaseNumbers[o.SecondIndex]),
            ("overlap", o.Days.ToString()),
            ("days", o.Days.LengthInDays),
        })));

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PortfolioFact>(p => p.AgreementValidities.Count > 1)
            .Then((ctx, p) =>
            {
                foreach (var (index, arguments) in findings(p))
                {
                    ctx.Report(JsonPath.Member(JsonPath.Item(p.Path, "agreements", index), "validity"), arguments);
                }
            });
}
