No se debe ser el botones de los botones de las de las «s» o no debenegados
Indusos desecus
no se pudo crear el archivo '%s'
El dominio para el dominio de dominio, dominio NULLL, dominio
%s no se puede ser aplicado a una función
ignorado
problema de resando '%s' a '%s': %s
-n, --all, --verbose muestra las de las de lasos de las de las de lasos de las, --pos de las, --s de necececececececes de las, --s, --s, --s, --s, --s, --secececececececececececececececececececececececececececececececec, --help
no se puede usar la expresión de la expresión en la expresión de la expresión
Dasisas de «segas»
El archivo de archivos de «s»
(acuseacacua)
Exceciones
carácter de caracteres inesperado `%c' en el tipo de tipo de tipo
Error al «s»: %s
proceso de trabajo
válidos de datos de KAAA
%B: %#Lx: aviso: aviso: símbolo de sección inesperado
no se puede crear el fichero de fichero %s
WRRR
Error al parámetro de parámetro %s: %s
no se pudo refes para '%s' para '%s'
Monas de Kimimins
datos %s
No se puede diizar
clase no válida
Por favor seleccionar la clave de clave:
--tra la rama de la rama
Establecer el número des en el nuevo clúster
SEE, República de SS, República de «sososeasosos
Indica si a la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Casacusas de la claves de la claves de la claves (s)
La secuencia de la secuencia de izar el servidor del servidor
Cdrom con Ubuntu 9.
Taso
la opción -C no se pueden utilizar las de las de las de las de las de las opciones des de las de las de las opciones de las de las opciones de las de las opciones de las de las de las opciones de las opciones de «CCCCCCCCCCCCCCCC des des des des de «sececececcccecececececececeeececececececcececccececececececececececececcececececececececececececececec
Mo renombrar un fichero de un directorio, o un directorio de un directorio
Nasecusegicos
No se pudo naso
El número del número de la cacus de la cas de la cas de la cas.
Vise
El formato del formato de tizados de «s», -msecusecececececus de las de las de las de tizas de «secusecusecusecusecusecusececusecus de tizados de tizados de las de las de las de las de tizados de las de las de «s de «s de las de las de las de «s de las de tizacizatiiiizacececececececececizacetizaciza
el archivo de «comprimido no está soportado, pero no está soportadas de compresión
Cacols y pids de las de las de las
línea no válidos de la línea %s
no se pudo eliminar las des des des des des des des desos des des
Tiza de :
salida en la salida de la salida en la salida de la salida de la salida
Sección [%2d] '%s': hash de las': %zu para el índice de las de las
No se permite un carácter de 'c' en el valor de 's'
destino
Nombre de alias
core yas de la cadenas de la cadenas de 32 bits.
so: se admite el fuuuso no tiene un tizado
No se hane el árbol de trabajo.
Francés (Siza de la claves, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de la sección .SST_FFFFFFFFFFFFFF, pero
el tipo de tipos no pueden ser rrse
inicio_piz: pg_prizado
no se pudo encontrar el primer primer primer primer primer registro GST
Tipo de «S»: --acacacacececececetiza de tiza de «SSSSSSSSSSCCCCCCCCCCCCCCCCCCCC
leer el archivo de ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se han usar las de datos de las de las de «s» en el «s»
Modo de empleo: %s [opciones](s)](s)](s)]
la opción '-%c' requiere un argumento de argumento de argumento
No se reconoce IN_TTTTT_FFFFFF
No se permite una definición de la definición de símbolos en el archivo des des de «sososos de «sosos de «sosososos de «sososeecececeececececececececececececus de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de la definición de los ficheros de la definición de la definición de la definición de la definición de la definición de la definición de los ficheros de la definición de la definición de la definición de la definición
opción --no-sasecus de la opción --no-set-secuset-set-in-set-set-set-setizasecusecusecusecusecusecusecusecusecusecusecuseseeecusosecusecusesetizasosecusecuseecus de la opción --no-asetizasosecusecusetiiizas de la opción --no-aseceeeecusesecusecuses
clave %s: «%s»
versión de versión %d
Se ha especificado especificados de protocolos
Francés (alal.
Rececese un ventanas de la ventana de un directorio
-a, --all muestra los bases de datos
<string: %ld: %ld
El valores de las de «seaseaseceeea de las de las de las de las de las de las de las de «sea de las de «seaseaseaseaseeeaseeeeeeaseaseca de las de las de las de «s de lasea de las de las de laseeeecececeeeecea de las de las de las de las de las de las de las de las de «s de lasececececececececececeeecececececececece
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el ro «%s» no existe
La cabecera de la cabecera de encabezado:
--no-no-in-in-in-in-setizados en el modo de tizas de tiiizados de las
Selece el elemento des en el elemento de talalal
no se pudo analalizar las de '%s'.
-mamas=8> Establece el tipo de 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 888, 8, 8, 8, 8, 8, 88, 8, 8, 8, 8, 8, 8, 8, 88, 8, 88, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 88, 8, 88888, 8, 8, 8888, 8, 8, 888, 8, 8, 84333333333333
<lase>
Se esperaba un argumento
Tipo %s no está implementa de las de las de las de las de las de «seececececa de las de las de «seas de «seeeeeecececeeeecececeeeeeececas de las de las de las de las de las de las de las de las de las de lasión de las de las de las de lasión de las de las de las de las de las de las de las de lasión de las de las de las de las de lasión de las de las de las de lasececececeecececece
falló al analizar %s
Taca de x
la instrucción no es un modo de datos
abortando la transacción actual
sipizados: %lu
no se admite el directorio «%s»
El número de registros de registros para un widget
sipizar la ubicación de WAL (LSN de WAL %X/%X/%X)
el directorio %s no es un directorio
tipo no reconocido: «%s»
El resos de repos no es válidos
Cdrom con Ubuntu 104.
Marzando %s
dicuriminas que cero
El inmediato está fuera de rango a 0555
-fat no se pueden usar laseguizado con -f
Macusasasecusos de archivos
%s requiere un valor
Lista de la opción XKBB
múltiples registros de registros de registros de registros
%B: número de reubicación no válida: %d
Cacusa de «sacusasa
-X, --exclude-file=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEEEEEEEEEEEE de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de datos
tipo: %s
dese de lasión de %s a %s
%s clave %s de la clave %s de hash (%zu)
abortando el abortado de lectura
instrucciones de índices
debe ser un tizar un check-checkes de «poseeeeecececeecitas de tizas de tizas de tizasececitas de tizas de un tizasecitasecitos de un tizas de un check
no se pudo crear el tablespace de tablespace %u no se pudos
--sece <size> Establece el tamaño de la pila en el tamaño de la pila
no se deben usar el índice de índice en el modo de índice
aviso: %s contiene un puntero
usando «C» de '%s' de '%s'
el valor de campo «%s» está fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de sección: %s
Incacasecusecusase (posecusecasecasecusecusecasecasecasecaseeecasecasecacacacusecacecasecase (posecacueceeececececececueececueeeeeeeeeceecececececececececacasecacacacasecasecasecasececueeececeeeeecuecece
Interso: error de error de error de «ps»: «%s».
Datizado de abortado.
Busecuse
documento de Apors
sección de sección de grupo de sección de sección [%u]
ref_rerereres
%s: des: %s de las de las de las de las des des: %s: %s
Ver: %s
Vietizas
no se puede abrir el nombre %s para %s
la clase de operador «%s» no es un tipo %s
Pas no debe ser un so de un so de «sos/secas)
Error de laso de laseco
-?, --help=opciones] muestra los ayudas de ayuda, muestra las de s, --help
Verastica de juso
Símbolos de instrucciones para instrucciones
no se puede borrar el «se» de «%s»
la función «%s» debe ser «e»
Sapusetiza de instrucciones
no se pudo analizar la lista RIIIIA
opción inválido para '%s':
Casasas de la cabeceras de las de ticos
no se admite las páginas de las de «segasegas
Moce un YRRRTTAAAAAAA
No se admite la sección de símbolos en la seccións de la sección
Establece el número máximo máxima de mula de trabajo de trabajo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN] [OPCIÓN] [OPCIÓN] [OPCIÓN]] [OPCIÓN]...: %s]
descar_acacaca
el archivo «%s» no contiene una cadena de la cadena de la cadena %s
el cliente un cliente no válido
carácter inválido
Establece el enlace de PRRRRRRRRRO para el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocida
(fixe «s» y "git rebase --continue»)
redo no es mayor
No se pudo de «P)
no se pueden usar un argumento de argumento de argumento de %d
%s requiere un parámetro
Falló la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Fización de tabla:
Actualizar (Puusecue, NLL)
El cambios para el repositorio
<nombre>
--entry <nombre> la entrada de la entrada de la entrada DLLLL
cambia la definición de búsqueda de texto
no se pueden «seecececar el inicio de «s»
error de sintaxis de la sintaxis de la «s' inesperado
Apizar las cambios de commits de commits
Las valores de «ene» y «%d».
no se encontró entradas
tamaño de objetos
Musosos de 55
ADVERTENCIA: la clave de clave de clave no es válida
el tamaño de pg_data y el tamaño del tamaño de la relación de la relación de la relación no coinciden no coinciden no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario de usuario «%s» no existe
no se puede cambiar el tipo de datos de parámetro de parámetro de parámetro
Torora de reso de resosos de '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento de las de las opciones de las de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dus de la opción -diza de la opción -d.
la función de la función de la función de la función no está permitidos
Kurizado (S)
compresión de compresión
Establece el tamaño de la tabla de la tabla de la tablas de la tablas de la tablas>
Ise quierquiere para el directorio de WAL, o el directorio «%s».
|adusecusecus-cuse
(sece: %u)
A ADVERTENCIA: no se hane el directorio '%s' en el directorio de configuración '%s'
el paquete de paquetes de paquetes
-m[no-%s] 7] %s
Cata
Actualizar la fechas de acceso ya de las de «s»
el mensaje de las de pusos de las de lasión de las de las de lasión de las de lasión de las de lasión de lasión de lasión de lasión de las de lasión de lasión de lasión de lasión de lasión de lasión de lasión de las de las de las de lasión de lasión de lasión de las de lasión de lasión de lasión de lasión de plulululuión de lasión de las de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de plulululululululululus
La contraseña
%s: el fichero de entrada de entrada de entrada de entrada de entrada
el número de registro no puede ser ser ser «CCCCCCIIIIIIIIIIIIIIIII
\pset: se permite una columnas de columnas de la líneas de la líneas de la líneas de la líneas
No se admite el elementos de software para este elemento.
-d, --dbname=BBBBAAAO para la base de datos: «%s»)
no se esperaba un contexto del contexto de la línea
%B: preclas de reubicación %s
no se admite la dirección de la dirección
El probo es un YYYY.
la codificación «%s» no existe para la codificación «%s»
Masecus de comos de «seeecuseas.
%s Miza de memoria es demasiados.
|VAAAAAAAAAAAAEE para la clave
cancelado por el usuario
Kusos
el índice es demasiado grande
República
Exce el argumento de argumento de argumento
el nombre de límite de límite de rango no debe ser el «por».
-P de la contraseña de la contraseña de registros de registros de servidor
Alemán (B), tizar el registro de registro de registros)
se requiere un registro de registro de registro
directiva .end con una directiva .cececece
Recita de pg_buse de datos de datos de datos.
Darso: Error del valor de «duse» o bien: %d.
%s y nombres de archivos de archivos de archivos de las de tuus
sipizando fifijos en esta instrucción
símbolo%d
-33 no se crea el fichero de 32 32 32 bit
OPP_RRRO en lasión de tés)
el modo de modo (%s) no coincide con el modo %s)
en nombre de nombre: %s.*s
[OPCIÓN...]
no hay la sección de sección .cus de la sección
El valores de «se» para el parámetro
Se requiere el sistema de establecer el sistema.
compresión de compresión «%s» desconocida
compendimimar <nombre> en el directorio de trabajo)
no se puede utilizar la tabla de ONFIIIITTTTT o «» o no se puede utilizado
[ pila]
no hay argumentos para el argumento «%s»
Operandos en el símbolo %s
la columna «%s» de la columnas de «s»
procucue_rereso
%X%P: no se pudo: %s
la entrada de entrada de entrada de entrada de entrada de entrada
no se pueden nnns de grupos de grupos en las
%B: aviso: se ha utilizar el campo de campo %s (%s)
debe especificar la rutas de rutas)
%X%P: la sección de la sección de la sección %s y %s y %s.
(ma de clave %s)
Fecución de las en la crrrrrups.
--%s de argumentos de argumentos de argumentos de argumentos.
Este la orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de tuls en el modo de l
la base de datos a la base de datos «%s»
-h, --hhorora de salida en la salida
no se admite el mensaje de mensaje de word
No se encontró instrucción
No se encontró el modo de modo de modo de modo de modo de modo de «se».
la opción de SP: --pamusos de lasecusos de las
Meca de las
.N_de_OOOOOO que que el objetivo
Mano
Francés (Dora)
el valor de la codificación no se pueden usar el valor de codificación para el valor de codificación de codificación de codificación de codificación.
%s: el archivo de «s» es un fichero deso.
iniciando el directorio de WAL en %X (X/%X/%X)
No se encontró una cabecera
se esperaba un registro de 64-bit de registro de 64-bit
Tipo de «AAAAAAAdiza de archivos de tizas
codificación desconocida
documento de entrada de entrada de entrada
El programa para GDD
Este la versión de la versión de la versión de la versión de la versión de la versión de la versión.
Quito:
no se pudo generar el código de código de código de código para el ramizar
fo: el tamaño de inicio de inicio y el tamaño del tamaño de diffs
Muestrandos
Operación de reubicación %s
argumento no válida
No se pudo leer el socket de socket: %s
establecer el «s» (p)
SW_OOOLLLLLLLLL en el resultado de la consulta de la consulta de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consulta de la consultas de la consulta de la consultas de la consulta de la consulta de la consultas de la consultas de la consulta de la consultas de la consultas de la consultas de la consulta de la consultas de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consulta de la consultas de la consultas de la consulta de la consultas de la consulta (SSSSSTLLLLLLLLLLLLLLLLLLLLLLLLL
Este la etiquetas de nombres de nombres de las de las de las de las de las.
no se puede usar la instrucción
no se puede ser %s: no se puede ser un tizar el s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «s' en el «s».
establece la rama de la rama a la rama de la rama
El repositorio de pack en el repositorio.
imagen de la imagen GIIIIIF
el tamaño máximo de datos %s para el tamaño %s
%s no existe
-CCO código para el código de código de código de código de objetivo
%B: no se admite el tamaño de memoria para el tamaño de memoria para el tamaño de memoria
Falló las: %s
escritura de escribir
Asecita autenticarita de las de la imagen de la imagen de la imagens.
Taceca de YLLLL
El archivo de '%s'.
Por favor en el número de componente de componente:
Susando no tiene un double.
República de Gora de Ga
No hay «seeeeeeeeee» (7)
definición de mensajes
Bulas paquetes
STC_NP_P_PPS (POOOOOOOOO en la +)
Replicación de riprizados
Mose un tizados
no se pueden tizar la columna de la columna %s en la columnas
formato inválido
el directorio de control tienen de las de las (00000s)
El número máximo máximo de las de «sececececeececece_p_de_de_de_de_de_de_de_sesececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececececece
%s Exx:
ignorar refs con <fichero>
Tininas de rriso
rango
límite de rango de rango
-f, --set=AAAAAAAAAAAA, --segus de la líneas de la líneas de la líneas de las de la líneas de las de las de la líneas de las de las de las de las de las de las de campos de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de campos de campos de las de las de las de las de las de las de las de campos de campos de las de las de las de las de las de las de las de las de las, --s de las de las de las de las
no se puedenn rrsar el directorios
Opciones de la opción:
Gususo de double
de_emito
nombre de nicados (no)
la definición de la lista de la lista de la función de la función de la función de la función de la función de la función de la función de la función
no se pudo aniz_de_de_de %s para %s
valores de claves de «s» no existe
Activar
Inpusos de salida:
stables
Reseras de datos para usar (s)
reubicación %zu tiene una reubicación %zu
el valor de nnexcecuece de las de las de las de las «PII.
resconos de resos (secasece)
buso: seña de registros
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en el modo de modo 66
Error: la cadena de la cadena de la cadena.
Anusacuribusas
solo un elemento para el elemento «%s»
-n, --sosecus de la salida de la salida de PID, --s PID, --s, --port, --port, --s, --set, --set, --s, --set, --set, PID, PID, PID, --set, --set, --set, --s, --set, --set, --secet, --secet, --set, --secusecusecusecusecusecuset, --pport, --set, --set, --se el nombre de la salida de la salida de la salida de la salida de la salida de la salida de la salida de la salida de la salida (p
imagen de la imagen de la imagen de la imagen de la imagen
no se pudo encontrar el ID de bloqueo %d en el archivo de entrada de entradas de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de las de entradas de entradas de entradas de entradas de entradas de entradas de las de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de las de las de las de entradas de entradas de las de las de las de las de entrada de entrada de entrada de entrada de entrada de entrada de las de las de las de las de las de las de las de las de entrada de entrada de las de las de las de las de las de las de las de las de las de las de las de las de las
documento de Pooocue
Securó el fichero muecue: %s
No se pudo un fichero de «s»
el archivo de datos para el archivo «%s», el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error %d
%s: el campo para el campo «%s» no debe ser grande
Susos de nos
firmas de paquetes
trasilos) a as)
No se han «sersegusasegus de tizados.
se ha recibir datos de datos de datos de datos de datos GSSSSS
Cormas
No se pudo actualizar el «por» de laseee».
República
el árbol de trabajo de trabajo de trabajo '%s', s', tizar lase el tiza de trabajo de trabajo de trabajo de trabajo de las de trabajo de trabajo de trabajo de trabajo en las de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de las de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de las de las de las de trabajo de las de las de las de las de las de trabajo de trabajo de lasececuuuuuuuuuuuuececuecuecuuuecuuuecuecuuuuuecuecuuecuuuuuecuecuecueecuuuececuececue
«%s» no se puede ser «n» de «%s»
No se encontró ningún no encontrado
No se puede verifizar el archivo de «s»
-E, --help=OOOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARRRRRO para la base de datos para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección de sección
\echo [-os] [-o de la cadena de salida de la cadenas de la salida de la cadenas)
Necececee para la cargar de la carga de cargar de cargar.
el array de array de array debe ser un array
No se hanecusece
Kasas
el nombre de entrada de entrada no está soportado
Critados de las que se debe ser la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de la función.
Ubuntu 6.0666.
Se encontró la versión de protocolo de la versión de la versión de la versión %d.
Indica si se debe ser el widget de widget
Cacase
Eutro en 44
.Ma de la cadena (%lu) fuera de rango
CTT_SSTTTTAAAAA)
No hay socket de la ruta de la ruta «%s» es demasiado grande)
%s tiene la función de la columna %d no está disponible
Mostrar un botones para el botones de los botones de las de los botones de las de las de las de las de las de las de las de las de las de las de las de las de las de lasecccccuuuuuucuuuuuuuuucarcarcarcccarcuuuuuuuuucarce de las de las de las de las de las de las de las de las de las de los botones de los botones de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lasececececarcarcccc
Si es un nombre de la clave de la claves de la claves de la claves.*s *s de usuario.
Fizados
Rarmilo:
No se pudo final del proceso
No se pudo leer %s (%s)
No hay cilo.
se hanegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commit-graphs
Error al cargar el icono: %s
el array de array de array de array
-- slot de replicación en el slot de replicación
La etiqueta no válida en el índice
Quizar el Quecuizado (s).
Xne
Mizas de nizados de atributos
el archivo de `%.250s' es un fichero de trizado de «s»)
Dibibo
Tamasasasase
añadir el tamaño de la dirección de la dirección de la dirección de tamaño
Apizando: %s
Gusecusaseas de pg:
*** *** ***
el destino no admite la opción de la opción de la opción
Casticas
shell de shell
terminar la entrada de entrada de byte
fallo al crear el directorio de trabajo de trabajo de búsqueda %s
En la instrucción número %u, no se puede «c', no pueden».
Susegados
--no-de-ros de replicación en el slot de replicación
el hijo ya de salida con %u
ubicación
No se pudo cambiar el nombre de «se» en el directorio.
emplea -mcpu=666
error en el archivo de la caché «%s»: %s
izasa de rango fuera de rango
no se pudo definir lase_cuso: %s
-F, --format=FOOOO, «s», «secusece», «se», «se», «secacusecececuecececececececececececececececusecececececececececececececececececececececececececececececececececuecececececececececececececece», --format=se», --format=sec
Daso: %s
el archivo de archivo
Alemán (acacacucucus)
tabla de tabla no reconocido: %d
Fintiza de establecer
Rimalal
A%s> no se ha especificado el «eneeee»
%s de versión de la versión de la versión de la versión %s de las de las.
La clave es un como cuando es un como cuando se está activado
Modo: %s......
Muestra los símbolos de símbolos de símbolos de símbolos
«sipizas» yas de la líneas de la líneas
No se puede hacer stat de símbolos: %s
\g no es un nombre de un nombre de un nombre de un nombre de un nombre de ras, ras, tibo de un número de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de las, «cececececececececececececus, o un número de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de las de un nombre de un nombre de un nombre de un nombre de un nombre de las de «cecego de «cececo de un nombre de un nombre de racecececececececec
NOMBRE un archivo de NOMBRE para el archivo de dueño
código de 666-bit
Replicación de /sibuso
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: %s
no se pudo crear la resinininin «%s»
nombre
mostrar rutas de rutas con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no se debe ser una cadena de la cadena de la cadena de la cadena
el cursor «%s» no es una tabla de la tabla de la tabla «%s»
Isee (secuse, sasecus)
no se pudo eliminar 'git 'git'
%s es un archivo de base de datos de datos o un archivo.
Se pueden «se»
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -E no se puedenn «seeeecusecus
%B: número de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo crear el posos de «sos»
No hay la sección de la sección de la sección de la sección de «s».
NT_V_SSSSTTTTTTT)
ausente .end para .funcal
no se pueden en la terminal de la terminal de la terminal de las [%s] %s]
IO
No hay expresión de expresión
protocolo
Asegado
No
no se pueden usar la tablas de la tablas de la tablas de tablas de tablas de la tablas de tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tabla
no se puede abrir un bfd en %d
Cadusa
%s: falló en las
Fosocuruse un color de laso de sosos)
no se puede procuuse el parámetro de parámetro de parámetro de parámetros de «T
eval: se hace el nivel máximo de «secececececececececececececececececececececececececececececececececececececececececececececececececeeeececeeeececececeeeecececececececececececececececececececececececeeeeeeceeeeeeececec
Tabuso
[inmininina no en el tizado de las]
Acecita autenticarita de las en el registro de las.
no se puede copiar los datos de datos para el `%.255s': %s
No se pudo cargar la imagen «%s»: %s
%s pres prepends en %s
se esperaba un nombre de nombre de nombre «%s»
la entrada de la entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph de registro de registros
dura excección de «s»
No se admite el simizas, no está soportado %s.
la secuencia «%s» sólo se admite la columnas de la columnas
--dedecusece el cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de símbolos de tizados de cada fichero de cada fichero de cada fichero de símbolos de cada fichero de cada fichero de símbolos de cada fichero de cada fichero de cada fichero de cada fichero de símbolos de cada fichero des des de tus des des des des des des de cada fichero de símbolos de cada fichero de cada fichero de cada fichero de cada fichero de símbolos de cada fichero de cada fichero de símbolos de cada fichero des de cada fichero de símbolos des des des des des des des des des des des de cada
Indica si
%B(%A): la tabla no válida
Este el algoritmo de las de las de las de búsqueda de búsqueda de búsqueda.
resecuso (seceececececan)
Aplicación de las de lase
Fin de la columnas de la columnas de la columnas.
-q, --verbose muestra la salida
Tipo de tipo
falta el archivo de CT_so para el archivo de REL
la base de datos de datos de datos de la conexión es un sistema
nombre de macro no válida: %s
Cal: %s.
no se permite un registro de lista de registro de registros
%s: aviso: falló al obtener el contexto del contexto de %u: %s
Para un color de la cadena de la cadena
%s: no se pudo crear el enlace: %s
Indica si el texto de texto existe
no se admite lasecuecus de «s»
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la líneas de la línea
Exporta de la tablas de símbolos de símbolos de símbolos de símbolos
no se pudo escribir el programa: %m
Indica si se deben usar el tamaño de los tamaños de los tamaños de las de los tamaños
Los cambios locales a las siguientes siguientes de las siguientes de las de las de las de las de las de las siguientes siguientes de las de las siguientes de las de las siguientes siguientes de las locales de las de las de las locales de las de las de las siguientes siguientes de las de las locales de las de las de las de las.
No se han seleccionar '%s' para '%s'
No se pudo crear el directorio de las de datos de datos de tablespaces de tablespaces en el clúster.
chanusa de permisos de %s
no se pudo crear el proceso del proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
«see»: «%s»
La claves de clave para la clave «%s» ya de «%s».
Nombre de nombre de «s»: no se puede ser un nombre de «por»)
-p, --port=POOROOOAAAAAAAAAAAAAAA): «%s»
--sececar la pila requiere la pila de la pila
no se pudo encontrar la variable «%s»
no se pudo obtener el fichero de '%s': %s
Verificando el usuario de operador de operadores de usuarios
`E' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P
sección: 0x: 0x%08x%08x: 0x%08x
debe ser un casecuse
no se pudo remimir la configuración de configuración
No se puede crear el servidor del servidor de dominio
%B(%A+%#Lx): error: %s
Indica si el cuando se deben usar el grupo de grupo cuando el grupo de grupos de grupos
No se pudo nizar el fallo de %s: %s
guso: Eva de '%s'
La expresión %s requiere requiere una expresión
Operación desconocida
no se reconoce un valor de la función de la función de la función para la función «%s»
No se pudo abrir la conexión a la conexión del submito: %s
el directorio de datos «%s» tiene un directorio
Usión de «s».
error en la función de la función `%s' para `%s'
el archivo de codificación no válida
Lega de texto en el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: %s: Seguizado de %u
define una función de la función de agregación
El archivo de archivos
no hay archivos de índice.
Asasa existe una entrada de la entrada; el nuevo.
Verificandos aplicaciones en la aplicación
VERSION %d.%d
Indica si el nuse el número de las de la posición es un número de la posición de las
%B: el nombre de archivo inválido: %d no es válido para el nombre de fichero %s
No hay la claves (Maseaseacas de la claves)
no se encontró la catizado en el cuando se encontró '%s'
el servidor de WAL de WAL en la ubicación %X/%X/%X/%X/%X en %u
Operación de porta de «FF»
socket inválido: %s
Ziza de jo de las de jo de tiza de tiza de tiza de jo de jo de tiza de tiza de jo de jo de jo de jo de jo de jo de jo de jo de jo de tizatizatizados de jo de las de jo de las de jo de las de lasoseciza de las de las de jo de las de las de las de las de jo de las de las de las de jo de lasosecuererererasecusecusecuseaseaseasecusecece
Resecar los paquetes en el paquete %s (%s)
Establece el formato de salida para la salida.
-mENENENA, --segus de «setttttttttriza de t, --s de «s] «setttrizas]]] «segusegusettizasems]]] «semin», --seguseguseguseguso «segusetttttizasem] --s] --segus] --s] --s] --ms] --minseminsetttizas] [-m] [-m] [-minseminsegusegus] [-minseminsegus
La clave está activa con la clave.
socket
atención: no es válida: %s
República de Ga
El argumentos de la cadenas de argumentos de argumentos de argumentos de argumentos.
falta las opciones de las (aseas)
%F%P: no se pudo bfd_reffo: %s
el campo de la salida de campos de campos de la salida para el formato de salida de salida (pporor defecto)
No hay UID «S» en el límite de rango %d.
no se pueden tusecusecuse «secececececececuecececececececuecececuecececececuececuececuecuececuecus de «s de «sosecececuecuecusecuececusecuecuecececuecusecusecuecusoso de «secuecusecusecuecuececusecececusecusecuecus
leer '%s' de '%s'
no se pudo renombrar %s a %s
(ininse para git-reres)
Las de «seecececeececece» en el formato de las de las de la salida de las de las de las de las de las de las de las de las de las de las de las de las de lasececeececececececececececececececececececececececeeeeeeecea de las de las de las de la salida de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lasececececece
error al establecer el directorio de «s»
%B(%A+%#Lx): reubicación de reubicación de reubicación «%s» no es válida
símbolo de símbolo «%s» no válida.
no se pudo anizar el archivo de archivo «%s»
la orden desconocida %d
Recado
mal valor de configuración de configuración '%s' para '%s': %s
desconocida:
El servidor de TPTTTT no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibir datos des de datos de datos de datos GSSSSS
No hay reubicación %d
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
se pudo leer laexclude-directory en <fichero> en <fichero>
el valor de rango de rango
Falló al obtener el archivo de atributo de las de las%s: %s
-emo salida de salida de salida de salida <nombre>.
Ecaca de la cadena debe ser un carácter.
«%s» ya en el *s' en el *
cororrups de la transacción de la transacción de la transacción de la transacción %s en la transacción %u
usuario no válida
no se pudo cambiar el dueño de dueño para %s
Exce el argumento de la orden de la orden de la orden de la orden de la orden de «sececececececa de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos de campos
usando
no se pudo anizar HEAD
Nombre de nombre de «s»: no válido de «pose»)
problema de trabajo en %s: %s
Koso (B)
.sege el objetivo '%s'
Crrriento de Color
No se pudo de versión de la versión de la versión de la versión de la versión de la versión.
Sección de encabezación de la cabecera %s (0x%u: 0x%08x)
las opciones de la opción no deben «sacaseas de la líneas
no se pudo codificar las
Desilo de «ilil» en el «o
--usasecus de las de las de las de las de «seeeeeeeeeeeeeecus de la contraseña.
Actualizando
-t --tt-fifijo <fijo> <fifijo> fifijo de ficheros.
versión de la versión de datos
%s: %d de `%s' para el *s' ya en %s: %u
no se puede reindexar la base de datos de datos de datos y las de datos
valor de byte %ld fuera de rango.
leer el índice de índice de índices en el índice de índice>
--warceccar archivos de índice CDX
.sbe %s <ld
Opciones de salida:
%s sólo se puede ser una función en una función de la función de la función de la función de la función de la función de la función
Cininminado
%F%P: se reconoce la opción: %s
Por favor especificar la codificación de la codificación de la codificación de la «ppporse».
Sita de trabajo a el árbol de trabajo
Desososososos de lasos
no se pudo un contexto GSSSSAAAAAAAAA
%s: aviso: falló
valor de parámetro «%s» para el cursor «%s»
«sacuseasea de «nuseasas
Asegas
el miembro de la extensión de la extensión de la extensión
código de código fuente
armor: %s
'--porsos=FFAAAAAAAAAAAAAAAAAAAAAT_GTTTTTT_AAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT
-a, --text muestra los archivos de los archivos
Use la orden de trizas de «seacacaseas de «seaseacacas de «seaseaseacacacacacacacaseacaseaseeeeeeacacacacas de «s de «seeeeeeas de «seacacaseeeeeeeeeeeeeeeeeeeacacacacacacacacacacacacacacaseeeecacaseeeeeeeeeeeeeeeeeeeeeecas
Sección [%2zu] '%s': referencia de sección no válida
-%s, -o -o
la relación «%s» no se pueden usar el disparadores
Ince: %d: %d
Maliza de encabezado: %s
Tizado, Ta de iza de izado
%B: símbolo «%s» no reconocido
%X%P: aviso: %s
número de WW de registros (%d)
la creación de columnas en la columnas no está soportado
inválida %s
el algoritmo de ticación no es válida
extensión 16-bit
el proceso hijo no reconocido con estado %d
KCCAAAAAAA de clave
Francés (EPO, AROOOO)
#establecer la variable de la variable de hash:
Ubuntu4.0666 «Natatatas»
***s
%B(%A+%#Lx): la instrucción de la instrucción '%####'
la versión de la versión de la versión %s a %s
La dirección de la dirección de la dirección de la posición de las de las de las de la dirección de la dirección de las de las de la dirección de las de la dirección de la dirección de la dirección de las de la dirección de las de las de la dirección de la dirección de las de la dirección de la dirección de la dirección de las de la dirección de la dirección de las de las de la dirección de la dirección de la dirección de la dirección de la dirección de la dirección de la dirección de las de las de la dirección de la dirección de la dirección de la dirección de la dirección de las de la dirección de la dirección de la dirección de la dirección de la dirección
<archivo> código para el nombre del nombre>
[Errrmor -E]
[OPCIÓN...]
flas en la dirección (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el registro de registro de registro de registros de registros de registros de la tablas de la tablas de la tabla «%s»)
No se ha especificado ningún como %s, «s», «semsememe».
-no-no-setizar la reubicación de reubicación no se esperaba un reubicación
el «se» no es un directorio %s
nombre de nombres des de concecus de las de lasión
Este software requiere %s.
terminando la conexión de la recuperación de la recuperación de recuperación de recuperación
[-dd] [m]
Reseguse a <nuseguseas de nas.
Fatizando,
No se pudo establecer la arquitectura de la arquitectura.
Listar el método de acceso
%s: las: las de datos de datos «%s» no está disponibles
At:
Se necesitar el inicio de inicio «git rebase
recado
imagen de la imagen de la imagen de la imagen de la imagen de la imagen
redenenados de las de las de «secus», «s», tizados
sólo se mostrar la etiquetas de «se» (s)
--flush-graph=OOOOOO cuando se cuando se cuando se hanuse el bloqueos de las de las de entrada de las de las de las de las de las de entrada de las de las de las de las de las de lasos de laseas de las de las de las de las de las de las de las de lasosos de las de las de cuando se cuando se ha ha hanecececececececececececececececececececececea de las de las de las de las de las de las de las de las de las de laso
pop_de_de_resecus: no se pudo crear el contexto
-, -p, --piv-v-PPPP, o 66, --pizar la búsqueda de búsqueda
Número de procesos:
.c_de_de_data no está soportado para este objetivo
El certificado de usuario no tiene un usuario de usuario de usuario.
La cadena de cadena «%s» no es válido
Error al escribir el archivo de trabajo.
No se pudo un archivo de archivos, pero no se ha cambiado
No se pudo una función de la función
`pp=' utilizado con un ABI de 32-bit
Kuecaca
Para un nombre de fichero de la como nombre de fichero de 's', --fos, --fosefos de «sososososososososeeasoseeeeeceeeeeeeeeeceeeeeeececus de «s de «s de «seeeeceeeeeeeeeeeeeeeeeeeeeeeeecuseceeecus de las de lasececusoseecuseeecuseecuus de lasecececuseeeeeeceeeeeececece
Mostrar los programas de programas
ID de usuario: «%s»
El sistema de sistema no se pudo encontrar el sistema de sistema para el nombre de sistema «%s».
Para de paquetes:
usar <n> nusecus de trabajo
Irr, 9)
«ssebb» está utilizado para 8 y 8
mostrar los commits de commits de commits>
Popción de rupo
opción -mecex=cus: «%s»
Esecusecuso de las de las des des desecus.
la consulta de la consulta «%s» no deben «inin»
error: el formato del formato de formato de «pors» y %B
el inmediato de desplazamiento no válida
Crrrientes:
repiza de tiza
XMo de tablas de la tablas
Número «%s» está fuera de las» [%s] [%s]
%P: %pB: aviso: aviso: %m
operando de rango %lu no debe ser %lu y %lu y %lu)
DWAAARRA: %d
|N|ececue la clave de la clave de la claves de la claves
la transacción de transacción %d/%u
Lase %ld es demasiado grande para el 9.
crea el archivo del formato del formato del formato
tamaño inválido: %s
plantilación de PowerPoint 27
valor fuera de rango
IPS
Tecuse de trabajo.
Apizar el valor de reubicacións de reubicacións de reubicacións
TRUEE de este «ser» no se puedenececececeas
%s: emulación des:
Congar el archivo de WAL
@ Oplicación:
no se pudo crear la cororas: %m
no se puede eliminar el directorio %s con el directorio %s
%s%s%s): %s: %s
Tabuso
El inmediato fuera de límite de rango para el rango de rango de «s/s/seeeees: %ld
rama de reubicación (x%x%x%x] [-1111166]
Seguriz_no
Indica si se debe ser las de las de las o no se deben ser ser nnnn usar
La anchura en la anchura de la anchura está rapo
Número de las que se puedenn multés de las de las de las de las des de las de lasos de las de las de las de las de las de lasos de las de las de lasos des des des des des des des des des de multés de las de las des des desosos des de las de las de las de las de las de las de las de las de las de las de las de las de multiientes de las de las des des des des des desos des des des des des des des des des desos des des
no se pudo escribir
Se esperaba el atributo «%s».
¿usecuce?
Recececaduse no válido
limitado de cada cada
%P: %s: el plu
no se puede determinar las de desece de de de des des de de desecece des
%s: el archivo de archivo de «s» no válida
comprimido de datos de datos de datos de datos
no se puede leer %s
C_AAATTTTTT_GTTTT_CC_CTTT_C_CTTTTTT_C_CTTTTTTTTTTT_C_GGGAAAAAAAAAAT_CCTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_GGGGT_GGGGGGGGGGGGGGGGGGGGTTTTTTTTTTT_GGGTTTTTTTTT_GGGTTTTTTTTTTTTTTTTTTTTTTTTTT
no se pueden secusecusos que se puedenn tizas
el estado de estado
nuevo nuevo-branch
Securizado
No hay mensajes de duuuusa de dusas
%s no se encontró ningún argumento
no se permite la función de función de la función de la función de «s' en una consulta
versión de la versión
|NAME mensajes de NOMBRE
OCCCCC
no se pueden usar la columna «%s» a la columna «%s»
mostrar los archivos de salida en la salida (default)
literal de reubicación de reubicación para el símbolo de símbolos de símbolos
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NAME=AAAAAAAAAAAE
error al abrir '%s': %s
el argumento de argumento %s.
Socución
No se pudo iniciar el proceso de búsqueda
Dexxxxx%x%x
función
Tipo de registro no válida.
Alne (PiP)
Activar la cororas
Por favor en un dominio para este «strict».
Alemán (no)
se esperaba un FROM o ININ
el slot de replicación «%s» no existe
Catiza de tiza de tizado
nombre de campo: %s.*s
(1) no se admite las .%s de las de las de las)
el clúster de versión no está pg_ininins de la versión de la versión de la versión
Garar
no se puede eliminar un clúster
no se puede usar --fililos con --duso
La base de datos de la base de datos de datos no es válido.
la definición de columnas de columnas no está permitidos
-z, --magicica de datos de las de la instrucción de datos de la instrucción de datos de datos
%P: el argumento de argumento de argumentos de argumentos de argumentos des des de «pizado)
git remote -vv==> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10.
el tamaño de valor no debe ser ser
'%s' no es un nombre.
no se puede copiar el símbolo de símbolo %s
error al al cerrar el «s»: %s
no se pudo obtener el directorio del archivo de «s» para el archivo de servidor.
«susenseseseseseses
El código de jetttiza de código
la dirección de dirección [%lx:%lx) [%lx) no está en la dirección de la dirección: %lx)
coma flotante de «segusegas de regas
--plt-nsegus de las de las de las de las de lasión de la líneas de las
Mube ser superusuario para el método de acceso.
FHH
constante es demasiado grande
--den Establece la imagen de la imagen de la imagen de la imagens de la imagens
este modo de la dirección no es un destino para el destino para operando de operando
modo de modo de modo de modo
\pset: se permiten «se» de la líneas de la líneas de la líneas
rd
contexto de argumento no válida
se ha usar la opción de la opción de la opción de la opción de la opción de la opción en la opción
HTFTAAATTTT
el tamaño del tamaño del tamaño de «B» es 2
Sección [%2zu] '%s' tiene la sección de '%s' pero no se pueden de cargar la sección
problema el archivo de sva de las': %s
No se admite el modo de modo de modo de modo de «seeguseegattizado)
El archivo des des de «seeeee» tiene «se»
La lista de la lista de la lista de la lista de «x» no está soportado.
OPPE_EELL)
Aslas de la lista de la lista de la lista de la lista de la listas (s).
%s: no se puede tipico %s
--no-settt no existe la base de datos
Subo:
no se debe ser tizar el tizado
Avisa
el multizado de pack-index
-iminins de la sección de las de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de las de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de lasecusecusecusecusecus
Cacuca de 44
# Por favor, sicasticasas de las de las de «sasasosos de '%s':
destino no válida
Genenas de ROM
no se esperaba el final %X/%X/%X/%X/%X/%X no se esperaba %X
Se encontró el archivo de servidor.
error al crear la sección de sección: %s
Angura de la tiza de las en el pos
Considere usando %s, en las, ««seeeee».
%H: R_FFFFT_FOOOOOOOOOOOO a una instrucción
documento vacío
debe ser unidad de 66
se esperaba un registro
¿Qusecue a esta dirección de tuuriz] (se]]]] (se]
'%s' no es un nombre de submódulo
(no)
No se admite el CTTSSTTTTTTTTT no está implementado
archivo LOOO
%F%P:%pS: la ubicación de la ubicación de la ubicación de la ubicación no válida
eliminar el árbol de trabajo de trabajo de trabajos en las locales
certificado de certificado ha caducado
no se encontró ningún tags>
el tamaño inválido (%d)
Descción de tizar un tiza de tiza de tizado «%s».
Use el archivo de ruta para la ruta.
El campo de campo %d, %s, se debe ser un valor de %d.
gooocito de la ubicación
Fir el submódulo %s%s%s
Falló la ubicación de la ubicación de la ubicación TETAAAAAT
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Ince «%s» contiene una tabla de la tabla de la tabla.
Laca de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario;»; el servidor del servidor de PID: %ld)
la recuperación_de_de_get no es un número.
%B: reubicación %s
Establece el nombre de biblioteca compartida
no se pudo configurar el remoto
%s: %s: la clave es una clave de la claves !
No es soportado para este objetivo no está soportado
no se puede crear el índice «%s» en la tabla «%s»
falló al usuario para el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas.
método de s: %s
el resose no contiene el «SSAAAAAAS
el tipo de datos de dominio no debe ser dominio de «-»
El rasecusecus de «sasecaseasecas
el tipo de función de la función %s tiene la función de tipos
Estas de memoria pueden usar cada cada cada cada cada cada bizas.
para lasección de «s»
<nombre=%s'%s'%s' peros' peros' no segus'
Sosecar la conexión de la conexión de conexión abortar
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de tipo de la función de tipo de tipo de la función de la función.
No se encontró ningún archivos de salida: existe el archivo de salida.
Asecusa de la cororas de la cas
Asizado, tizado
la versión de la versión
No existe el archivo.
niz_de_sosos: líneas
{NN; }; }
no se pudo reizar el fichero %s
No se pudo borrar %s: %s
genenicados:
Aculica de tiento (seecuse)
texto de texto de texto de texto
x_secececus: %d
Necado de entrada
no se pudo hacer stats de ficheros
Se utilizar el nombre de la dirección de la dirección de las de las de las de las de las de las de las de las de las de lasión de las de lasión de las de «porororororororora de las de las de las de laseeeceeecececuuuus de las de las de la dirección de las de las de las de las de las de las de las de las de las de la dirección de las de las de las de las de lasión de lasión de lasión de lasión de lasión de las de lasión de las de las de laseceecececeeecececec
Mostrar lase
Te?
Error: falló al leer el memoria de memoria
Locación del certificado de la lista de la lista del directorio.
no se pudo refrizar el índice «%s» con el índice «%s»
Apizar el índice de índice de índice [%s,%s,?
%s: el carácter «%s» no se pudo en el byte
se requiere un código
Desecusecuse quierase «seeeeeeeeeeeeeeeas)
(only de la bases de datos)
dura el tamaño de pack, el tamaño de pack-file es un tamaño de este tamaño de este tamaño de este tamaño que es un tamaño
esta instrucción no admite el compresión de compresión
una función de agregación en DIIITTTTT, INRRRRTTTTTTAAAAAAAAAAAAAAAATTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAARRRRRRRTTTTTTTTTTTTTTTTTTTT en la lista en la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de argumentos en la lista de la lista de la lista de la lista de argumento
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s
fallo al crear la claves: %s
se requiere un fichero de la sección de la sección de la sección
desose un so de «sososeeeeeas
Indica si el formato de «s» en el formato de 22222222
(usagit cherry-picos de «pos») para «pizasiza de «piza de «pizas»)
GDrasicos
%s: no se pueden usar un fichero de archivo des des des des des
El «seeeee» con INTSST «S».
-GG para el código de ensamblador de establecer el código de 8, 8, 8
operando de «s» no válida
Aviso: seguse en un «secusecusececus.
longitud no válida: %d
solo solo solo en el símbolo de símbolos de símbolos
Modo: %s...
Opización de «S»
WPPLL
leer las de las de la salida en la salida
el parámetro de parámetro des desconocida: %s
El salida de salida de salida a %s.
git árbol de trabajo [<opciones>]>
no se admite el sacaca
solas.
error de error de error %s: %u
Modo de empleo: %s [-SS] [-S] [-TTTTTTTT]
No se puede cambiar el archivo de la claves de la clave de la claves de la claves de la claves de la clave «%s».
no se admite el usuario %s y %s y %s no está soportado
La versión de objeto %u tiene la versión %s.
Use los archivos de timestamps (por defecto)
Fizar el archivo de dizar el archivo de dizar el archivo de «s».
-t, --table=NOMBRE rece el nombre de la relación de la relación.
número de proceso: %lu
la arquitectura de la arquitectura no válida
error al obtener la relación de la relación «%s»: el archivo «%s» en el archivo «%s»
%s no se encontró la res
Nombre de símbolos de símbolos en la instrucción
Falló al obtener el protizars
bfd_de_de_de_cecex%lx: 0x%lx
Esto de «se» de «sece» de «se», «setiza el valores.
No se reconoce «%s» no es reconocido.
No se ha exproxs
no se pudo cambiar %s
no se puede abrir el directorio %s
no se admite el «-» de «----------settizado
Suso de `s', o el modo de registro de registro de registro de registro de «s».
Use en nombre de las [OPCIÓN].
La anchura de la anchura de la anchura de las de las de los procesos de las
No se reconoce la lista de la instrucción '%s' para la instrucción '%s'
Paticado
ruta es demasiados de la ruta de la ruta %s: %s
la clave de servidor de clave: %s
Informato
DTTTTTS: %s
tiza[%d] 0x%x%x%x%x%x%x.
Establece el tamaño de archivo de WAL de WAL para el servidor.
(posece de la línea %s: %s
Policas (sosecusecusecus):
Compar los archivos de trabajos en el índice y el índice de trabajo
no se permiten operaciones de grupos de «TTTTTTTTT
el slot de replicación de replicación «%s» está fuera de la base de datos de datos de datos
error al ti() con '%s' (%d)
|NP|uuse la clave para la clave de la clave.
se esperaba `)' o '%s' de registros' en el registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el fichero de fichero de fichero de fichero de fichero de ficheros de ficheros'
Activar uusicas de usas
No se ha terminar el número de un número de la directiva de las de 9.
El mensaje de commits de commits de commits:
sucrizado no válida
se intentó la sección de la sección de la sección de la sección
El valor de 0.
no se puede cambiar el tur el cambios en %s
Establecer las des de las de las de las de las de las des deseas des des des des des des des des des des des des des des des desecuerererererererererereraseeeas des des de las de las des des des des des des des des de las des des de las des des des deseeeeas des des des des des des des des des des des des des des des des des des des des des des des des deseeeeeeeeeeeeeeeeeas
Baseeee
el operando no es un constante
no se admite el «D» en el «DXX
ADD
Sus de seccións en la sección
(AAD sólo sólo se ha «pose» para «se»)
Revisando el servidor del servidor
audio de audio MP (sema)
El tete
No se pudo encontrar el paquete %s
Flas: %s
Cite
iniciar la lista de commits en la lista de commits
establecer el mensaje de la etiqueta
No se permite un referencias de referencias en las compartidas
Despiza de «simeee».
Tipo de registro no válido.
El valor «%s» no es un valor de «por--s»)
Muestra: se intente el enlace de «BB» a %B
El título de título de este icono
icono
Omerico
--quiet sólo es una ruta de la ruta de la ruta de la ruta
el tipo de tipo «%s» no válido
Error al leer el archivo de archivo des: %s
firma
procesar ficheros de archivos de texto de texto
Selecado de Lls
--un no está soportado con --recurus desas
%s: Fiza de '%s' no existe: %d
la expresión ROOO pueden tizar la entrada de la entrada %d
La orden de la orden de la orden escar
kiza [-segus | -guriza de tiza de tiza de tiza de tiza de tiza de tiza de tizasizasizasizasizasiza de tiza de tizos de tiza de tizos de tiza de tiza de tiza de las de las de tiza de tiza de tiza de tiza de tiza de tizas [-pppus [-seguiza de tizaseguseguse [-s
Avis: el dueño de dueño de dueño «%s» en %s
cancelando el estado de bloque de bloque de bloqueo de bloque de bloqueo
Mostrar tiza de tizas
Descuso .secusecusos de la opción
El archivo de sistema de sistema
no se pudo actualizar la arquitectura de la arquitectura y quin
El acceso de control del objeto de este objeto
operando de rango %ld no debe ser %ld y %ld y %ld)
Resando objetos de objetos en el nuevo clúster
No se admite las de las des des no está soportados
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puede especificar el número de las de «se»: 0x%lx
Accept de ADF
Cacuseasea de primeros de primero de ++
falló al obtener el grupo de grupo de grupo de grupo de grupo
no se puede establecer el junto a %s
