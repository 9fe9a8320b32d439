using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Justering och anslag (the first two steps of a deadline chain: the protocol's justering within fourteen days of
/// the meeting, KL 5 kap. 69 §, and its notice on the anslagstavla within two days of the justering, KL 8 kap. 12 §).
/// Each step has the same three rules: its deadline derived, the step done after it, the step not recorded by it.
/// </summary>
internal sealed class ChainStepRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>KL-5-69-JUSTERINGSFRIST: derives the latest attestation day (14 days after the meeting, moved to a working day).</summary>
    public static ChainStepRule AttestationDeadline { get; } = new(
        Derived("KL-5-69-JUSTERINGSFRIST", Computed("5 kap. 69 §, 6 kap. 35 §", "ch. 5 s. 69, ch. 6 s. 35"), "protocol", priority: 100),
        rule => rule.Inserts<AttestationDeadline>().Match<MeetingHeld>()
            .Then((ctx, m) => ctx.Insert(new AttestationDeadline(m.ChainId, ProcedureDeadlines.Attestation(m.Date, ctx.Settings.Get<ProcedureSettings>()), JsonPath.Member(JsonPath.Root, "attestation")))));

    /// <summary>KL-8-12-ANSLAGSFRIST: derives the latest day to announce the justering (the second day after it, moved to a working day).</summary>
    public static ChainStepRule NoticeDeadline { get; } = new(
        Derived("KL-8-12-ANSLAGSFRIST", Computed("8 kap. 12 §, 6 kap. 35 §", "ch. 8 s. 12, ch. 6 s. 35"), "notice", priority: 90),
        rule => rule.Inserts<NoticeDeadline>().Match<ProtocolAttested>()
            .Then((ctx, a) => ctx.Insert(new NoticeDeadline(a.ChainId, ProcedureDeadlines.Notice(a.Date, ctx.Settings.Get<ProcedureSettings>()), PathOfNotice(a.ChainId)))));

    /// <summary>KL-5-69-JUSTERING-SEN: the protocol was attested after its deadline.</summary>
    public static ChainStepRule AttestedLate { get; } = new(
        Judged("KL-5-69-JUSTERING-SEN", KommunallagenBasis.Cite("5 kap. 69 §, 6 kap. 35 §", "ch. 5 s. 69, ch. 6 s. 35"), null, "protocol"),
        rule => DoneLate<ProtocolAttested, AttestationDeadline>(rule, "attested"));

    /// <summary>KL-5-69-JUSTERING-SAKNAS: as of a day after the deadline, the protocol is not recorded as attested.</summary>
    public static ChainStepRule AttestationMissing { get; } = new(
        Judged("KL-5-69-JUSTERING-SAKNAS", KommunallagenBasis.Cite("5 kap. 69 §, 6 kap. 35 §", "ch. 5 s. 69, ch. 6 s. 35"), Severity.Warning, "protocol"),
        NotDone<AttestationDeadline, ProtocolAttested>);

    /// <summary>KL-8-12-ANSLAG-SEN: the justering was announced after the second day following it.</summary>
    public static ChainStepRule NoticePostedLate { get; } = new(
        Judged("KL-8-12-ANSLAG-SEN", KommunallagenBasis.Cite("8 kap. 12 §, 6 kap. 35 §", "ch. 8 s. 12, ch. 6 s. 35"), null, "notice"),
        rule => DoneLate<NoticePosted, NoticeDeadline>(rule, "posted"));

    /// <summary>KL-8-12-ANSLAG-SAKNAS: as of a day after the notice deadline, no notice of the justering is recorded.</summary>
    public static ChainStepRule NoticeMissing { get; } = new(
        Judged("KL-8-12-ANSLAG-SAKNAS", KommunallagenBasis.Cite("8 kap. 12 §, 13 kap. 5 §", "ch. 8 s. 12, ch. 13 s. 5"), Severity.Warning, "notice"),
        NotDone<NoticeDeadline, NoticePosted>);

    /// <summary>The JSON path of a chain's notice: the protocol's own, or the immediate notice of a paragraph.</summary>
    internal static string PathOfNotice(string chainId) =>
        chainId == ProcedureFacts.ProtocolChain ? JsonPath.Member(JsonPath.Root, "notice") : JsonPath.Member(chainId, "immediateNotice");

    private static LegalBasis Computed(string swedishParagraphs, string englishParagraphs) =>
        KommunallagenBasis.Cite(swedishParagraphs + "; lag (1930:173) om beräkning av lagstadgad tid", englishParagraphs + "; Act (1930:173) on computing statutory time");

    private static RuleMetadata Derived(string id, LegalBasis basis, string step, int priority) => new()
    {
        Id = id,
        Basis = basis,
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", step, "deadline", "derived", ProcedureDeadlines.ChainTag],
        Priority = priority,
    };

    private static RuleMetadata Judged(string id, LegalBasis basis, Severity? severity, string step) =>
        new RuleMetadata { Id = id, Basis = basis, Tags = ["procedure", step, "deadline", ProcedureDeadlines.ChainTag] }.WithSeverity(severity);

    // The step is recorded as done after its deadline; the finding names the day done under the argument given.
    private static void DoneLate<TDone, TDeadline>(RuleBuilder rule, string doneArgument)
        where TDone : IChainStepDone
        where TDeadline : IChainStepDeadline =>
        rule.Match<TDone>()
            .Join<TDeadline, string>(a => a.ChainId, d => d.ChainId, (a, d) => a.Date > d.Deadline.Date)
            .Then((ctx, a, d) => ctx.Report(a.Path, (doneArgument, a.Date), ("deadline", d.Deadline.Date)));

    // The step's deadline has passed as of the session's date and the step is not recorded.
    private static void NotDone<TDeadline, TDone>(RuleBuilder rule)
        where TDeadline : IChainStepDeadline
        where TDone : IChainStepDone =>
        rule.Match<TDeadline>()
            .NotExists<TDone, string>(d => d.ChainId, a => a.ChainId)
            .Then((ctx, d) =>
            {
                if (ctx.AsOf > d.Deadline.Date)
                {
                    ctx.Report(d.Path, ("asOf", ctx.AsOf), ("deadline", d.Deadline.Date));
                }
            });
}
