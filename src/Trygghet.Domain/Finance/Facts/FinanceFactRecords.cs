using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Finance.Facts;

/// <summary>Fakta om ett anslag (an appropriation).</summary>
/// <param name="Path">JSON path, e.g. <c>$.appropriations[1]</c>.</param>
/// <param name="Id">The appropriation's identifier.</param>
/// <param name="Kind">Drift or investering.</param>
/// <param name="Amount">The amount in kronor.</param>
public sealed record AppropriationFact(string Path, string Id, AppropriationKind Kind, decimal Amount) : IFact;

/// <summary>Fakta om en fördelning (an allocation).</summary>
/// <param name="Path">JSON path, e.g. <c>$.areas[0].allocations[1]</c>.</param>
/// <param name="Purpose">What the money is for.</param>
/// <param name="Kind">Drift or investering.</param>
/// <param name="Amount">The amount in kronor.</param>
/// <param name="FundedFrom">The identifier of the funding appropriation.</param>
public sealed record AllocationFact(string Path, string Purpose, AppropriationKind Kind, decimal Amount, string FundedFrom) : IFact;

/// <summary>Fakta om ett område (an area with its estimated range and operating allocations).</summary>
/// <param name="Path">JSON path, e.g. <c>$.areas[0]</c>.</param>
/// <param name="Name">The area's name.</param>
/// <param name="EstimatedCost">The estimated operating cost range.</param>
/// <param name="OperatingAllocated">The operating money allocated to the area.</param>
public sealed record AllocationAreaFact(string Path, string Name, MoneyRange EstimatedCost, decimal OperatingAllocated) : IFact;

/// <summary>Fakta om totalerna av ett slag (totals of one kind of money).</summary>
/// <param name="Path">JSON path: <c>$.appropriations</c>.</param>
/// <param name="Kind">Drift or investering.</param>
/// <param name="SetAside">The appropriations of this kind in all.</param>
/// <param name="Allocated">The allocations of this kind in all.</param>
/// <param name="EstimatedMinimum">For operating money: the sum of the areas' least estimates; 0 for investment.</param>
public sealed record FundingTotalFact(string Path, AppropriationKind Kind, decimal SetAside, decimal Allocated, decimal EstimatedMinimum) : IFact;

/// <summary>Fakta om en åtgärd (a measure and how many areas group it).</summary>
/// <param name="Path">JSON path, e.g. <c>$.measures[12]</c>.</param>
/// <param name="Number">The measure's number (1-based).</param>
/// <param name="Name">The measure's name.</param>
/// <param name="AreaCount">How many areas list it.</param>
public sealed record MeasureGroupingFact(string Path, int Number, string Name, int AreaCount) : IFact;

/// <summary>Fakta om en områdesreferens till en åtgärd som inte finns (an area refers to an unknown measure number).</summary>
/// <param name="Path">JSON path, e.g. <c>$.areas[2].measureNumbers[0]</c>.</param>
/// <param name="Number">The unknown number.</param>
public sealed record UnknownMeasureReferenceFact(string Path, int Number) : IFact;

/// <summary>Fakta om ekonomisk uppföljning (the follow-up plan and the follow-ups recorded).</summary>
/// <param name="Path">JSON path: <c>$.followUp</c>.</param>
/// <param name="Span">The span followed up.</param>
/// <param name="Period">The follow-up period.</param>
/// <param name="Recorded">The days follow-ups were given per.</param>
public sealed record FinancialFollowUpFact(string Path, DateRange Span, PeriodKind Period, EquatableArray<DateOnly> Recorded) : IFact;
