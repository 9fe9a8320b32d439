using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Procedure.Rules;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Runs the procedure rules on a protocol, with the meeting date as the law's evaluation date.</summary>
internal static class ProcedureRuleHarness
{
    public static readonly CompiledRuleSet Rules = new RuleSetBuilder().Add(ProcedureRules.All).Build();

    public static RuleSession Run(Protocol protocol, DateOnly asOf, ProcedureSettings? settings = null)
    {
        var session = Rules.OpenSession(new SessionOptions
        {
            AsOf = asOf,
            EvaluationDate = protocol.Meeting.Date,
            Settings = settings is null ? RuleSettings.Empty : RuleSettings.Empty.With(settings),
        });
        session.InsertAll(ProcedureFacts.From(protocol));
        session.Fire();
        return session;
    }

    /// <summary>
    /// The seed extract's meeting and § 50 as if they were a whole protocol that records no justering: a protocol
    /// unattested after its deadline (the extract itself is another kind, <see cref="ProtocolExtract"/>).
    /// </summary>
    public static Protocol UnattestedProtocol { get; } =
        new(Trygghet.Domain.Samples.SeedCatalogue.ExecutiveBoardMeeting20190410, [Trygghet.Domain.Samples.SeedCatalogue.ExecutiveBoardParagraph50Of2019]);

    public static string[] Ids(RuleSession session) => [.. session.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)];
}
