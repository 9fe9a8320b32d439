using System.Collections.Immutable;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Councils.Rules;
using Trygghet.Domain.Finance.Rules;
using Trygghet.Domain.Partnerships.Rules;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Portfolio.Rules;
using Trygghet.Domain.Procedure.Rules;
using Trygghet.Domain.Promises.Rules;
using Trygghet.Domain.Rules.Authoring;

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
        .. PortfolioRules.All,
        .. PromiseRules.All,
        .. PlanRules.All,
        .. PartnershipRules.All,
        .. FinanceRules.All,
        .. CouncilRules.All,
    ];
}
