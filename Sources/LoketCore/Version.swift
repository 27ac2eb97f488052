public enum LoketCoreVersion { public static let string = "0.1.0" }
