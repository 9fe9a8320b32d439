using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Portfolio.Rules;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Rules;
using Trygghet.Domain.Promises.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Tests.Rules;

/// <summary>
/// The harness of every rule test: compiles rules, runs them over facts as of a date (the law's evaluation date may
/// differ), and lists the findings as sorted "ID path" lines or ids.
/// </summary>
internal static class RuleHarness
{
    /// <summary>The procedure rules, compiled once.</summary>
    public static CompiledRuleSet ProcedureRuleSet { get; } = Compile(ProtocolDocument.Descriptor.Rules);

    /// <summary>The agreement, portfolio and promise rules, compiled once (a portfolio's facts hold its agreements').</summary>
    public static CompiledRuleSet AgreementRuleSet { get; } = Compile([.. CooperationAgreementDocument.Descriptor.Rules, .. PortfolioDocument.Descriptor.Rules, .. CitizenPromiseDocument.Descriptor.Rules]);

    public static CompiledRuleSet Compile(IEnumerable<Rule> rules) => new RuleSetBuilder().Add(rules).Build();

    /// <summary>A session of <paramref name="rules"/> over <paramref name="facts"/>, fired to its fixpoint.</summary>
    public static RuleSession Session(
        CompiledRuleSet rules, IEnumerable<object> facts, DateOnly asOf, RuleSettings? settings = null, DateOnly? evaluationDate = null)
    {
        var session = rules.OpenSession(new SessionOptions
        {
            AsOf = asOf,
            EvaluationDate = evaluationDate,
            Settings = settings ?? RuleSettings.Empty,
        });
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    /// <summary>The findings of <paramref name="rules"/> over <paramref name="facts"/>.</summary>
    public static IReadOnlyList<Finding> Run(
        CompiledRuleSet rules, IEnumerable<object> facts, DateOnly asOf, RuleSettings? settings = null, DateOnly? evaluationDate = null) =>
        Session(rules, facts, asOf, settings, evaluationDate).Findings;

    /// <summary>The findings of <paramref name="rules"/>, compiled for this run, over <paramref name="facts"/>.</summary>
    public static IReadOnlyList<Finding> Run(
        IEnumerable<Rule> rules, IEnumerable<object> facts, DateOnly asOf, RuleSettings? settings = null, DateOnly? evaluationDate = null) =>
        Run(Compile(rules), facts, asOf, settings, evaluationDate);

    /// <summary>The procedure rules on a protocol, with the meeting date as the law's evaluation date.</summary>
    public static RuleSession Run(Protocol protocol, DateOnly asOf, ProcedureSettings? settings = null) =>
        Session(
            ProcedureRuleSet,
            ProcedureFacts.From(protocol),
            asOf,
            settings is null ? RuleSettings.Empty : RuleSettings.Empty.With(settings),
            protocol.Meeting.Date);

    /// <summary>The findings as "ID path" lines, sorted.</summary>
    public static string[] Lines(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Path}").Order(StringComparer.Ordinal)];

    /// <summary>The rule ids of a session's findings, sorted.</summary>
    public static string[] Ids(RuleSession session) => [.. session.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)];
}
