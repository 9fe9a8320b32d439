using System.Collections.Immutable;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Agreements;
using Trygghet.Domain.Rules.Councils;
using Trygghet.Domain.Rules.Finance;
using Trygghet.Domain.Rules.Partnerships;
using Trygghet.Domain.Rules.Plans;
using Trygghet.Domain.Rules.Procedure;
using Trygghet.Domain.Rules.Promises;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Standardregler (the default rule set): every rule the library ships, from all subjects (procedure,
/// agreements, promises, plans, partnerships, finance). <see cref="TrygghetValidator.Default"/> runs these.
/// </summary>
public static class DefaultRules
{
    /// <summary>All default rules, every version of each, grouped by subject.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        .. ProcedureRules.All,
        .. AgreementRules.All,
        .. PromiseRules.All,
        .. PlanRules.All,
        .. PartnershipRules.All,
        .. FinanceRules.All,
        .. CouncilRules.All,
    ];
}
