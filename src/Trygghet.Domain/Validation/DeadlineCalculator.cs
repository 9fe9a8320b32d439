using System.Collections.Immutable;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Fristräknare (deadline calculator): the entry point for secretaries' tools. Given a meeting date and the days
/// recorded so far (justering, anslag uppsatt, anslag nedtaget) it returns the deadline chain of
/// <see cref="ProcedureDeadlines.Compute"/> and the findings of the procedure rules on that chain.
/// </summary>
/// <remarks>
/// <para>
/// The findings come from the rule engine: the calculator turns the dates into the same facts a protocol gives
/// (<see cref="ProcedureFacts"/> of a protocol with no paragraphs: the meeting, the justering, the notice, with
/// the protocol's JSON paths such as <c>attestation.date</c>) and runs only the rules of the chain
/// (the default rules tagged <c>deadline-chain</c>, <see cref="RuleIds"/>) plus the caller's own rules, so that nothing unrelated (quorum, jäv) is judged.
/// The law version is chosen by the meeting date: a meeting before 2018-01-01 gives the engine's
/// <c>RULE-NO-VERSION</c> finding (once for each chain rule the given dates would have engaged) instead of applying
/// Kommunallagen (2017:725).
/// </para>
/// <para>Immutable and thread-safe: the rule set is compiled once, in the constructor.</para>
/// </remarks>
public sealed class DeadlineCalculator
{
    private static readonly Lazy<DeadlineCalculator> LazyDefault = new(() => new DeadlineCalculator());
    private readonly ConfiguredRules rules;

    /// <summary>Compiles a calculator.</summary>
    /// <param name="options">
    /// The configuration (disabled rules, severities, settings such as <see cref="ProcedureSettings"/>, the caller's
    /// own rules); <see cref="TrygghetValidatorOptions.Default"/> when null. Disabling or re-grading a default rule
    /// outside the chain is allowed and has no effect here.
    /// </param>
    /// <exception cref="ArgumentException">A rule's metadata is invalid or two versions of a rule overlap.</exception>
    /// <exception cref="InvalidOperationException">A disabled or re-graded rule id is not the id of any rule.</exception>
    public DeadlineCalculator(TrygghetValidatorOptions? options = null)
    {
        Options = options ?? TrygghetValidatorOptions.Default;
        rules = new ConfiguredRules(Options, IsChainRule);
    }

    /// <summary>The calculator with the default configuration (compiled on first use).</summary>
    public static DeadlineCalculator Default => LazyDefault.Value;

    /// <summary>
    /// Kedjans regler (the ids of the default rules the calculator runs): the default rules tagged
    /// <c>deadline-chain</c>, those that derive the deadlines (justering, anslag, överklagandetid, laga kraft) and
    /// those that judge the recorded days against them (late, missing, removed early).
    /// </summary>
    public static ImmutableArray<string> RuleIds { get; } = [.. DefaultRules.All.Where(IsChainRule).Select(r => r.Metadata.Id).Distinct()];

    /// <summary>Inställningar (the configuration this calculator was compiled from).</summary>
    public TrygghetValidatorOptions Options { get; }

    /// <summary>Regler (the metadata of the rule versions that run, after configuration).</summary>
    public IReadOnlyList<RuleMetadata> Rules => rules.Rules;

    /// <summary>
    /// Beräknar fristerna (computes the deadline chain of a meeting and judges the recorded days by the rules).
    /// </summary>
    /// <param name="meeting">Sammanträdesdatum (the meeting date); it also picks the law version.</param>
    /// <param name="attested">Justeringsdag (the day the protocol was attested), or null when not yet.</param>
    /// <param name="posted">Anslag uppsatt (the day the justering was announced), or null when not yet.</param>
    /// <param name="removed">Anslag nedtaget (the day the notice came down), or null; needs <paramref name="posted"/>.</param>
    /// <param name="body">Organtyp (the kind of body; it decides the citation, not the days). Default nämnd.</param>
    /// <param name="asOf">
    /// Per datum ("today"): a step not recorded by then whose deadline has passed is reported missing. When null,
    /// the meeting date: the chain is a plan and nothing is reported missing.
    /// </param>
    /// <param name="settings">
    /// Local practice (removal day, moving deadlines off holidays); when null, the <see cref="ProcedureSettings"/> in
    /// <see cref="Options"/>, or the defaults.
    /// </param>
    /// <returns>The chain and the findings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A recorded day precedes the step before it (<paramref name="attested"/> before the meeting, <paramref name="posted"/>
    /// before the justering, <paramref name="removed"/> before <paramref name="posted"/>), or a date is outside
    /// 1900-2199 (the chain must end within the calendar's years). The exception names the parameter.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="removed"/> is given without <paramref name="posted"/>.</exception>
    public DeadlineReport Calculate(
        DateOnly meeting,
        DateOnly? attested = null,
        DateOnly? posted = null,
        DateOnly? removed = null,
        BodyKind body = BodyKind.Committee,
        DateOnly? asOf = null,
        ProcedureSettings? settings = null)
    {
        if (removed is not null && posted is null)
        {
            throw DomainGuards.Invalid(nameof(removed), "Ett anslag kan inte tas ned utan en dag då det sattes upp; ange även den dagen.", "A notice cannot be removed without a posting day; give the posted date too.");
        }

        Guard.Against.OutsideSupportedDates(meeting, nameof(meeting));
        Guard.Against.OutsideSupportedDates(attested, nameof(attested));
        Guard.Against.OutsideSupportedDates(posted, nameof(posted));
        Guard.Against.OutsideSupportedDates(removed, nameof(removed));
        Guard.Against.OutsideSupportedDates(asOf, nameof(asOf));
        var ruleSettings = settings is null ? Options.Settings : Options.Settings.With(settings);
        var chain = ProcedureDeadlines.Compute(meeting, attested, posted, removed, body, ruleSettings.Get<ProcedureSettings>());
        var day = asOf ?? meeting;
        var findings = rules.Run(Facts(meeting, attested, posted, removed, body), day, meeting, ruleSettings, document: null, Options.MaxFindingsPerRule);
        return new DeadlineReport
        {
            Chain = chain,
            AsOf = day,
            EvaluationDate = meeting,
            Findings = findings,
        };
    }

    private static bool IsChainRule(Rule rule) => rule.Metadata.Tags.Contains(ProcedureDeadlines.ChainTag);

    // The chain's facts are those of a protocol with no paragraphs and no seats: no quorum, jäv or vote facts.
    private static IEnumerable<object> Facts(DateOnly meeting, DateOnly? attested, DateOnly? posted, DateOnly? removed, BodyKind body)
    {
        var bare = new Protocol(new Meeting(new Body(body.ToString(), body), meeting), [])
        {
            Attestation = attested is { } a ? new Attestation(a) : null,
            Notice = posted is { } p ? new Notice(p, removed) : null,
        };
        return ProcedureFacts.From(bare);
    }
}
