namespace Priorities.Assessments.Reading;

/// <summary>A key of an object shape: its JSON name, its shape, and whether it is required or may be null.</summary>
internal sealed record ShapeField(string Name, Shape Shape, bool Required, bool Nullable);
