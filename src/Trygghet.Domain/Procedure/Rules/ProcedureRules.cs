using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Sammanträdesregler (the committee procedure rules: deadlines, notice, appeal, quorum, substitutes, jäv, votes, referral).</summary>
internal static class ProcedureRules
{
    /// <summary>All procedure rules, derived-deadline rules first.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new AttestationDeadlineRule(),
        new NoticeDeadlineRule(),
        new AppealPeriodRule(),
        new LegallyFinalRule(),
        new ParagraphLegallyFinalRule(),
        new AttestedLateRule(),
        new AttestationMissingRule(),
        new NoticePostedLateRule(),
        new NoticeMissingRule(),
        new NoticeRemovedEarlyRule(),
        new FinalWhileAppealedRule(),
        new FinalTooEarlyRule(),
        new InquorateDecisionRule(),
        new SubstituteForPresentMemberRule(),
        new DoubleSubstituteRule(),
        new DisqualifiedMemberTookPartRule(),
        new DisqualifiedMemberPresentRule(),
        new TieWithoutCastingVoteRule(),
        new DissentWithoutParticipationRule(),
        new MinorityReferralRefusedRule(),
        new MinorityRightReusedRule(),
        new MinorityReferralWithoutReasonsRule(),
        new ReferralRecordedAsDecisionRule(),
        new SupplementaryElectionNotTabledRule(),
    ];
}
