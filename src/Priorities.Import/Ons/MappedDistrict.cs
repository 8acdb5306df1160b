namespace Priorities.Import.Ons;

/// <summary>A district code of a district mapping entry, with where it is written.</summary>
internal sealed record MappedDistrict(string Code, long Line, int Column);
