using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Case numbers: valid ones survive format-then-parse; anything else is refused with a reason, never an exception.</summary>
public sealed class CaseNumberProperties
{
    private static readonly Gen<string> Registry =
        from length in Gen.Choose(1, 8)
        from letters in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ".ToCharArray()), length)
        select new string(letters);

    private static readonly Gen<CaseNumber> Valid =
        from registry in Gen.OneOf(Gen.Elements("KS", "SN", "BUN", "KFN"), Registry)
        from format in Gen.Elements(Enum.GetValues<CaseNumberFormat>())
        from year in format == CaseNumberFormat.RegistryShortYear ? Gen.Choose(1970, 2069) : Gen.Choose(1900, 2199)
        from sequence in Gen.Frequency((3, Gen.Choose(1, 9999)), (1, Gen.Choose(1, 999_999)))
        from padding in Gen.Choose(0, 6)
        select new CaseNumber(registry, year, sequence, format, padding);

    private static IEnumerable<CaseNumber> Shrink(CaseNumber c)
    {
        if (c.Registry != "KS")
        {
            yield return new CaseNumber("KS", c.Year, c.Sequence, c.Format, c.SequenceDigits);
        }

        if (c.Sequence > 1)
        {
            yield return new CaseNumber(c.Registry, c.Year, c.Sequence / 2, c.Format, 0);
        }
    }

    [DomainProperty]
    public Property ParseOfToString_RoundTripsEveryValidNumber() =>
        Prop.ForAll(Arb.From(Valid, Shrink), c =>
            CaseNumber.TryParse(c.ToString()) is { IsSuccess: true } r && r.Value == c && r.Value.ToString() == c.ToString());

    [DomainProperty]
    public Property Read_AnyText_NeverThrowsAndExplainsFailures() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = CaseNumber.TryParse(text);
            return result.IsSuccess ? result.Value.ToString().Length > 0 : result.Error.Message.Swedish.Contains("diarienummer", StringComparison.Ordinal);
        });

    [DomainProperty]
    public Property Read_MutatedValidNumber_IsRefusedOrStillValid() =>
        // Dropping the slash or the digits after it always breaks a case number.
        Prop.ForAll(Arb.From(Valid, Shrink), c =>
        {
            var text = c.ToString();
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            return !CaseNumber.TryParse(text.Remove(slash, 1)).IsSuccess && !CaseNumber.TryParse(text[..(slash + 1)]).IsSuccess;
        });

    [DomainProperty]
    public Property TryParse_LetterInTheRunningNumber_IsRefusedAtThatLetter() =>
        // The error locates the fault: a letter put in place of a digit after the slash is the position reported.
        Prop.ForAll(Arb.From(Valid, Shrink), Arb.From(Gen.Choose(0, 5)), (c, k) =>
        {
            var text = c.ToString();
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            var at = slash + 1 + (k % (text.Length - slash - 1));
            var broken = text[..at] + "x" + text[(at + 1)..];
            return CaseNumber.TryParse(broken).Error is { Position: var position } error && position == at && error.Text == broken;
        });

    [DomainProperty]
    public Property TryParse_AnyText_PositionLiesWithinTheText() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            CaseNumber.TryParse(text).Error?.Position is not { } position || (position >= 0 && position <= text.Length));
}
