using Priorities.Import;

namespace Priorities.Import.Ons;

/// <summary>
/// One partnership row of an ONS table; a value is null where the table marks it unavailable (<c>[x]</c>). The
/// district is the row's local authority code cell as written (a code, <c>Combined Local Authorities</c>, or empty).
/// </summary>
internal sealed record OnsPartnership(string Code, string Name, string Force, long Line, IReadOnlyDictionary<string, int?> Values,
    string District = "");
