import LoketCore
