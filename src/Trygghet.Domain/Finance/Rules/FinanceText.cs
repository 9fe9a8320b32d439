using Trygghet.Domain.Finance;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Texts used in finance messages.</summary>
internal static class FinanceText
{
    /// <summary>The kind of money as a message value: "drift/operating" or "investering/investment".</summary>
    public static string KindName(AppropriationKind kind) =>
        kind == AppropriationKind.Operating ? "drift/operating" : "investering/investment";
}
