namespace Priorities.Import.Ons;

/// <summary>One entry of a district mapping: a partnership (name or code, as written), its districts, and where it is written.</summary>
internal sealed record DistrictMappingEntry(string Partnership, IReadOnlyList<MappedDistrict> Districts, long Line, int Column);
